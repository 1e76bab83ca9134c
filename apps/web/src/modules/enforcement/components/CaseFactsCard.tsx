import type { CaseDetail } from '@ecocloud/contracts';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { violationText } from '../labels';

/** The case's facts: the party, the violation, the act's days, the harm, the written facts and the limitation. */
export function CaseFactsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { limitation } = detail;
  return (
    <Card title={t('enforcement.detail.facts')} size="small" style={{ marginBottom: 16 }} data-testid="case-facts">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('enforcement.field.enterprise')}>
          <span translate="no" data-testid="case-enterprise">
            {detail.enterpriseName}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.violation')}>
          <span data-testid="case-violation">{violationText(detail.violation, t)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.actDate')}>{detail.actDate}</Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.actEndDate')}>
          {detail.actEndDate ?? t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.causedHarm')}>
          {detail.causedHarm ? t('common.yes') : t('common.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.createdAt')}>
          {formatInstant(detail.createdAt).slice(0, 16)}
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.detail.limitation')} span={2}>
          <Space wrap data-testid="case-limitation">
            <span>
              {t('enforcement.detail.limitationText', {
                years: limitation.years,
                date: limitation.lastDay,
                citation: limitation.citation,
              })}
            </span>
            <Tag color={limitation.within ? 'success' : 'error'}>
              {limitation.within ? t('enforcement.detail.limitationWithin') : t('enforcement.detail.limitationExpired')}
            </Tag>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.field.facts')} span={2}>
          {detail.facts ? (
            // What the officer (or the lead) wrote, kept as written.
            <Typography.Text translate="no" data-testid="case-facts-text">
              {detail.facts}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('enforcement.detail.factsEmpty')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
