import type { ExceedanceEvent } from '@ecocloud/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { pollutantText } from '../labels';

/** The outlet's exceedance events: runs of exceeding hours (days for water), peak and multiple. */
export function ExceedanceTable({ events }: { events: ExceedanceEvent[] }) {
  const { t } = useTranslation();
  return (
    <Table<ExceedanceEvent>
      size="small"
      rowKey="id"
      data-testid="exceedance-table"
      dataSource={events}
      pagination={events.length > 10 ? { pageSize: 10 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('compliance.outlet.noExceedances') }}
      columns={[
        { key: 'pollutant', title: t('compliance.field.pollutant'), render: (_, e) => pollutantText(e.pollutant, t) },
        { key: 'start', title: t('compliance.field.start'), render: (_, e) => formatInstant(e.start).slice(0, 16) },
        { key: 'end', title: t('compliance.field.end'), render: (_, e) => formatInstant(e.end).slice(0, 16) },
        { key: 'hours', title: t('compliance.field.hours'), dataIndex: 'hours' },
        { key: 'peak', title: t('compliance.field.peak'), dataIndex: 'peakConverted' },
        {
          key: 'multiple',
          title: t('compliance.field.multiple'),
          render: (_, e) => (e.peakMultiple === null ? t('common.none') : e.peakMultiple),
        },
        {
          key: 'basis',
          title: t('compliance.field.judgement'),
          render: (_, e) => t(`compliance.outlet.basis.${e.basis}`),
        },
        {
          key: 'status',
          title: t('compliance.field.status'),
          render: (_, e) => (
            <Tag color={e.status === 'open' ? 'error' : 'default'}>
              {t(`compliance.outlet.eventStatuses.${e.status}`)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
