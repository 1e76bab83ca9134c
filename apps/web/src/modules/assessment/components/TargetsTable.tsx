import { Button, Popconfirm, Progress, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS } from '../colours';
import { sortByConcern, targetAttainmentPercent, targetReasonMessage, yearElapsedPercent } from '../target-view';
import type { TargetProgress } from '../types';

type Props = {
  targets: TargetProgress[];
  loading?: boolean;
  canWrite: boolean;
  onEdit: (target: TargetProgress) => void;
  onDelete: (target: TargetProgress) => void;
};

/** Every target with the value to date, what the rest of the year needs, the projection and the verdict. */
export function TargetsTable({ targets, loading, canWrite, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const dash = (v: number | null) => (v === null ? '—' : v);
  const reasonText = (r: TargetProgress) => {
    const m = targetReasonMessage(r);
    return t(m.key, m.values);
  };
  return (
    <Table<TargetProgress>
      data-testid="targets-table"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={sortByConcern(targets)}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('assessment.targets.region'), dataIndex: 'regionName' },
        {
          title: t('assessment.targets.indicator'),
          dataIndex: 'name',
          render: (name: string, r) => <Tooltip title={r.indicator}>{name}</Tooltip>,
        },
        {
          title: t('assessment.targets.target'),
          key: 'target',
          render: (_, r) => `${t(`assessment.targets.directions.${r.direction}`)} ${r.targetValue} ${r.unit}`,
        },
        { title: t('assessment.targets.actual'), dataIndex: 'actual', render: dash },
        { title: t('assessment.targets.required'), dataIndex: 'requiredForRest', render: dash },
        { title: t('assessment.targets.projection'), dataIndex: 'projected', render: dash },
        {
          title: t('assessment.targets.attainmentColumn'),
          key: 'attainment',
          render: (_, r) => (
            <Progress percent={targetAttainmentPercent(r) ?? 0} size="small" style={{ width: 100, margin: 0 }} />
          ),
        },
        { title: t('assessment.targets.yearProgress'), key: 'elapsed', render: (_, r) => `${yearElapsedPercent(r)}%` },
        {
          title: t('assessment.targets.status'),
          dataIndex: 'status',
          render: (s: TargetProgress['status'], r) => (
            <Tooltip title={reasonText(r)}>
              <Tag
                color={s ? STATUS_COLOURS[s] : undefined}
                data-testid={`target-row-status-${r.id}`}
                data-status={s ?? 'none'}
              >
                {s ? t(`assessment.targets.statuses.${s}`) : t('assessment.targets.noStatus')}
              </Tag>
            </Tooltip>
          ),
        },
        {
          title: t('assessment.targets.reason'),
          key: 'reason',
          ellipsis: true,
          width: 260,
          render: (_, r) => reasonText(r),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, r: TargetProgress) => (
                  <Space>
                    <Button size="small" type="link" data-testid={`target-edit-${r.id}`} onClick={() => onEdit(r)}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm title={t('common.confirmDelete')} onConfirm={() => onDelete(r)}>
                      <Button size="small" type="link" danger data-testid={`target-delete-${r.id}`}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
