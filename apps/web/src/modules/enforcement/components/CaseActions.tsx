import { DownOutlined } from '@ant-design/icons';
import type { CaseDetail, CaseEventKind } from '@ecocloud/contracts';
import { Button, Card, Dropdown, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitSteps } from '../event-form';
import { eventKindText } from '../labels';
import { EventModal } from './EventModal';

/**
 * The steps this user may record next (the server's `allowedEvents`, by stage and permission): the ones
 * that move the case along as buttons, the rest in a menu. Each opens the step's form.
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CaseEventKind | null>(null);
  const { main, more } = splitSteps(detail);
  return (
    <Card title={t('enforcement.detail.actions')} size="small" style={{ marginBottom: 16 }} data-testid="case-actions">
      {main.length + more.length === 0 ? (
        <Typography.Text type="secondary">{t('enforcement.detail.noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {main.map((k) => (
            <Button key={k} type="primary" ghost={k !== main[0]} onClick={() => setKind(k)} data-testid={`step-${k}`}>
              {eventKindText(k, t)}
            </Button>
          ))}
          {more.length > 0 ? (
            <Dropdown
              menu={{
                items: more.map((k) => ({ key: k, label: eventKindText(k, t), 'data-testid': `step-${k}` })),
                onClick: ({ key }) => setKind(key as CaseEventKind),
              }}
            >
              <Button data-testid="step-more">
                {t('enforcement.detail.moreActions')} <DownOutlined />
              </Button>
            </Dropdown>
          ) : null}
        </Space>
      )}
      {kind ? <EventModal caseId={detail.id} kind={kind} onClose={() => setKind(null)} /> : null}
    </Card>
  );
}
