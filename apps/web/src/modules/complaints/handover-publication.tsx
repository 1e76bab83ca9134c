import type { PublicHandoverList } from '@ecocloud/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoverList } from './api';

/**
 * The 交办件 daily publication on the portal: the answered reports of one handed-over batch on one day (kind,
 * region, finding, the published answer). The server publishes only approved answers and nothing identifying.
 */
export function HandoverPublication() {
  const { t } = useTranslation();
  const [batch, setBatch] = useState('');
  const [day, setDay] = useState('');
  const [list, setList] = useState<PublicHandoverList | null>(null);
  const load = useMutation({
    mutationFn: () => handoverList(batch.trim(), day),
    onSuccess: setList,
    meta: { silent: true },
  });
  return (
    <Card title={t('complaints.portal.handoverTitle')} style={{ marginTop: 24 }} data-testid="handover-publication">
      <Typography.Paragraph type="secondary">{t('complaints.portal.handoverIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          value={batch}
          maxLength={60}
          placeholder={t('complaints.portal.handoverBatch')}
          onChange={(e) => setBatch(e.target.value)}
          data-testid="handover-batch"
        />
        <Input type="date" value={day} onChange={(e) => setDay(e.target.value)} data-testid="handover-day" />
        <Button
          onClick={() => load.mutate()}
          disabled={!batch.trim() || !day}
          loading={load.isPending}
          data-testid="handover-lookup"
        >
          {t('complaints.portal.lookup')}
        </Button>
      </Space>
      {load.isError ? <Alert type="warning" showIcon title={t('complaints.portal.handoverNone')} /> : null}
      {list && !list.items.length ? <Alert type="info" showIcon title={t('complaints.portal.handoverNone')} /> : null}
      {list?.items.length ? (
        <div>
          {list.items.map((item, i) => (
            <div key={i}>
              {i ? <Divider style={{ margin: '8px 0' }} /> : null}
              <Space wrap>
                <Tag>{t(`complaints.kinds.${item.kind}`)}</Tag>
                <span>{`${t('complaints.portal.handoverRegion')}：${item.regionCode}`}</span>
                {item.substantiated === null ? null : (
                  <Tag color={item.substantiated ? 'red' : 'green'}>
                    {t(item.substantiated ? 'complaints.portal.handoverTrue' : 'complaints.portal.handoverFalse')}
                  </Tag>
                )}
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{item.publishedAnswer}</Typography.Paragraph>
            </div>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
