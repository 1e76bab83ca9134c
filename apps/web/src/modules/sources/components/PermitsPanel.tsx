import type { Outlet, Permit, PermitLimit } from '@ecocloud/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { label, PERMIT_STATE_COLORS, pollutantText } from '../labels';

/** Each permit (or registration form) with its limits per outlet × pollutant; special-period limits are marked. */
export function PermitsPanel({
  permits,
  outlets,
  onEditLimits,
}: {
  permits: Permit[];
  outlets: Outlet[];
  /** Present for a user with sources:write: each permit offers its limits editor. */
  onEditLimits?: (permit: Permit) => void;
}) {
  const { t } = useTranslation();
  if (permits.length === 0) return <Empty description={t('sources.file.noPermit')} />;
  const outletName = new Map(outlets.map((o) => [o.code, o.name]));
  return (
    <>
      {permits.map((permit) => (
        <Card
          key={permit.id}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`permit-${permit.permitNo}`}
          title={
            <>
              {label('permitKinds', permit.kind, t)} <span translate="no">{permit.permitNo}</span>
            </>
          }
          extra={
            <Space>
              <Tag color={PERMIT_STATE_COLORS[permit.state]} data-testid={`permit-state-${permit.permitNo}`}>
                {label('permitStates', permit.state, t)}
              </Tag>
              {onEditLimits ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => onEditLimits(permit)}
                  data-testid={`limits-edit-${permit.permitNo}`}
                >
                  {t('sources.limitsForm.edit')}
                </Button>
              ) : null}
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('sources.field.category')}>
              {label('categories', permit.category, t)}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.issuer')}>{permit.issuer || t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('sources.field.validTo')}>
              <span data-testid={`permit-valid-to-${permit.permitNo}`}>
                {permit.validFrom} ～ {permit.validTo}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.frequencies')}>
              {permit.reportFrequencies.map((f) => label('frequencies', f, t)).join('、') || t('common.none')}
            </Descriptions.Item>
          </Descriptions>
          <LimitsTable limits={permit.limits} outletName={(code) => outletName.get(code)} />
        </Card>
      ))}
    </>
  );
}

/** Limits sorted by outlet then pollutant, so one outlet's limits read together. */
export function LimitsTable({
  limits,
  outletName,
}: {
  limits: Omit<PermitLimit, 'id' | 'outletId'>[];
  outletName?: (code: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const rows = [...limits]
    .sort((a, b) => a.outletCode.localeCompare(b.outletCode) || a.pollutant.localeCompare(b.pollutant))
    .map((l, key) => ({ ...l, key }));
  return (
    <Table
      size="small"
      data-testid="limits-table"
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      dataSource={rows}
      columns={[
        {
          key: 'outlet',
          title: t('sources.field.outlet'),
          render: (_, l) => (
            <>
              <span translate="no">{l.outletCode}</span> {outletName?.(l.outletCode) ?? ''}
            </>
          ),
        },
        { key: 'pollutant', title: t('sources.field.pollutant'), render: (_, l) => pollutantText(l.pollutant, t) },
        { key: 'type', title: t('sources.field.limitType'), render: (_, l) => label('limitTypes', l.limitType, t) },
        {
          key: 'value',
          title: t('sources.field.limit'),
          render: (_, l) => (
            <>
              {l.value} <span translate="no">{l.unit}</span>
            </>
          ),
        },
        {
          key: 'avg',
          title: t('sources.field.averagingPeriod'),
          render: (_, l) => l.averagingPeriod || t('common.none'),
        },
        {
          key: 'special',
          title: t('sources.field.specialPeriod'),
          render: (_, l) =>
            l.specialPeriod ? (
              <Tag color="purple" data-testid="special-period">
                {t('sources.file.specialMark')}：{l.specialPeriod}
              </Tag>
            ) : (
              t('common.none')
            ),
        },
      ]}
    />
  );
}
