import type { PublicEnterprise } from '@ecocloud/contracts';
import { Button, Card, Descriptions, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../../lib/http';
import { formatInstant } from '../../../ui/format-time';
import { LimitsTable } from '../components/PermitsPanel';
import { usePublicEnterprise } from '../hooks/useSources';
import { label, PERMIT_STATE_COLORS, periodText, REPORT_STATE_COLORS } from '../labels';

type PublicReport = PublicEnterprise['reports'][number] & { key: string };

/**
 * /portal/enterprises/:uscc — what the law makes public (条例 §23), opened from the QR code (一企一码):
 * permit information, outlets, limits and the record of execution reports. No session needed.
 */
export function PortalEnterprisePage() {
  const { t } = useTranslation();
  const { uscc = '' } = useParams<{ uscc: string }>();
  const page = usePublicEnterprise(uscc);
  if (page.isPending) return <Skeleton active />;
  if (!page.data) {
    const notFound = isApiError(page.error) && page.error.status === 404;
    return (
      <Result
        data-testid="public-enterprise-not-found"
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('sources.portal.notFound') : t('errors.unknown')}
        subTitle={notFound ? t('sources.portal.notFoundDesc') : undefined}
        extra={
          <Link to="/">
            <Button>{t('sources.portal.back')}</Button>
          </Link>
        }
      />
    );
  }
  const e = page.data;
  const none = t('common.none');
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-enterprise-name">
        {e.name}
      </Typography.Title>
      <Card size="small" title={t('sources.portal.title')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('sources.field.uscc')}>
            <span translate="no">{e.uscc}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('sources.field.industry')}>{e.industryLabel ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('sources.field.region')}>{e.regionName ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('sources.field.address')}>{e.address || none}</Descriptions.Item>
          <Descriptions.Item label={t('sources.field.category')}>
            {label('categories', e.category, t)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('sources.portal.permits')} style={{ marginBottom: 16 }}>
        {e.permits.length === 0 ? (
          <Typography.Text type="secondary">{t('sources.file.noPermit')}</Typography.Text>
        ) : (
          e.permits.map((p) => (
            <div key={p.permitNo} style={{ marginBottom: 16 }} data-testid={`public-permit-${p.permitNo}`}>
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={label('permitKinds', p.kind, t)}>
                  <span translate="no">{p.permitNo}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('sources.field.issuer')}>{p.issuer || none}</Descriptions.Item>
                <Descriptions.Item label={t('sources.field.validTo')}>
                  {p.validFrom} ～ {p.validTo}
                </Descriptions.Item>
                <Descriptions.Item label={t('sources.field.state')}>
                  <Tag color={PERMIT_STATE_COLORS[p.state]}>{label('permitStates', p.state, t)}</Tag>
                </Descriptions.Item>
              </Descriptions>
              <LimitsTable limits={p.limits} outletName={(code) => e.outlets.find((o) => o.code === code)?.name} />
            </div>
          ))
        )}
      </Card>
      <Card size="small" title={t('sources.portal.outlets')} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          data-testid="public-outlets"
          dataSource={e.outlets}
          columns={[
            {
              key: 'code',
              title: t('sources.field.outletCode'),
              render: (_, o) => <span translate="no">{o.code}</span>,
            },
            { key: 'name', title: t('sources.field.outletName'), dataIndex: 'name' },
            { key: 'kind', title: t('sources.field.outletKind'), render: (_, o) => label('outletKinds', o.kind, t) },
            {
              key: 'role',
              title: t('sources.field.outletRole'),
              render: (_, o) => t(`sources.outletRoles.${o.isMain ? 'main' : 'general'}`),
            },
            {
              key: 'standard',
              title: t('sources.field.standard'),
              render: (_, o) => <span translate="no">{o.standard || none}</span>,
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('sources.portal.reports')}>
        <Table<PublicReport>
          size="small"
          pagination={false}
          data-testid="public-reports"
          dataSource={e.reports.map((r) => ({ ...r, key: `${r.frequency}-${r.periodKey}` }))}
          columns={[
            {
              key: 'frequency',
              title: t('sources.reports.frequency'),
              render: (_, r) => label('frequencies', r.frequency, t),
            },
            { key: 'period', title: t('sources.reports.period'), render: (_, r) => periodText(r.periodKey, t) },
            {
              key: 'submittedAt',
              title: t('sources.reports.submittedAt'),
              render: (_, r) => (r.submittedAt ? formatInstant(r.submittedAt) : none),
            },
            {
              key: 'state',
              title: t('sources.field.state'),
              render: (_, r) => <Tag color={REPORT_STATE_COLORS[r.state]}>{label('reportStates', r.state, t)}</Tag>,
            },
          ]}
        />
      </Card>
    </>
  );
}
