import type { Outlet } from '@ecocloud/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label, sourceTypeText } from '../labels';

/**
 * The outlets: kind, main or general, standard, the reference O₂ from packages/standards (⚠ 未核实
 * when that figure is not confirmed against the standard) and the loggers, each linking to the
 * monitoring station that receives it.
 */
export function OutletsTable({
  outlets,
  onEdit,
  complianceLinks = false,
}: {
  outlets: Outlet[];
  onEdit?: (o: Outlet) => void;
  /** Link an outlet with loggers to its judged hours (/app/compliance/outlets/:id), for compliance:read. */
  complianceLinks?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<Outlet>
      size="small"
      rowKey="id"
      data-testid="outlets-table"
      dataSource={outlets}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'code', title: t('sources.field.outletCode'), render: (_, o) => <span translate="no">{o.code}</span> },
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
          render: (_, o) => (
            <>
              <span translate="no">{o.standard || t('common.none')}</span>
              {o.sourceType ? ` ${sourceTypeText(o.sourceType, t)}` : ''}
            </>
          ),
        },
        {
          key: 'oxygen',
          title: t('sources.field.oxygen'),
          render: (_, o) =>
            o.oxygenReference ? (
              <Space size={4}>
                <span>{o.oxygenReference.percent}%</span>
                {o.oxygenReference.verified ? null : (
                  <Tooltip title={t('sources.file.unverifiedHint')}>
                    <Tag color="warning" data-testid={`oxygen-unverified-${o.code}`}>
                      ⚠ {t('sources.file.unverified')}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'loggers',
          title: t('sources.field.loggers'),
          // The server lists a logger's station at the same position as the logger.
          render: (_, o) =>
            o.deviceMns.length === 0 ? (
              t('common.none')
            ) : (
              <Space size={4} wrap>
                {o.deviceMns.map((mn, i) => {
                  const station = o.stationIds[i];
                  return station ? (
                    <Link key={mn} to={`/app/monitoring/stations/${encodeURIComponent(station)}`} translate="no">
                      {mn}
                    </Link>
                  ) : (
                    <span key={mn} translate="no">
                      {mn}
                    </span>
                  );
                })}
              </Space>
            ),
        },
        { key: 'status', title: t('sources.field.status'), render: (_, o) => label('outletStatuses', o.status, t) },
        ...(complianceLinks
          ? [
              {
                key: 'compliance',
                title: '',
                render: (_: unknown, o: Outlet) =>
                  o.deviceMns.length > 0 ? (
                    <Link
                      to={`/app/compliance/outlets/${encodeURIComponent(o.id)}?enterprise=${encodeURIComponent(o.enterpriseId)}`}
                      data-testid={`outlet-compliance-${o.code}`}
                    >
                      {t('compliance.outlet.link')}
                    </Link>
                  ) : null,
              },
            ]
          : []),
        ...(onEdit
          ? [
              {
                key: 'edit',
                title: '',
                render: (_: unknown, o: Outlet) => (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => onEdit(o)}
                    data-testid={`outlet-edit-${o.code}`}
                  >
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
