import type { ComplianceDay } from '@ecocloud/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { noteText, pollutantText } from '../labels';

/** A water outlet's daily judgement (the daily mean of ≥ 20 valid hours against the limit). */
export function DaysTable({ days }: { days: ComplianceDay[] }) {
  const { t } = useTranslation();
  const judgement = (d: ComplianceDay) =>
    d.exceeded === true ? (
      <Tag color="error">{t('compliance.outlet.exceeded')}</Tag>
    ) : d.exceeded === false ? (
      <Tag color="success">{t('compliance.outlet.compliant')}</Tag>
    ) : (
      <Tag>{t('compliance.outlet.notJudged')}</Tag>
    );
  return (
    <Table<ComplianceDay>
      size="small"
      rowKey={(d) => `${d.pollutant}-${d.day}`}
      data-testid="days-table"
      dataSource={days}
      pagination={days.length > 14 ? { pageSize: 14 } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'day', title: t('compliance.field.day'), dataIndex: 'day' },
        { key: 'pollutant', title: t('compliance.field.pollutant'), render: (_, d) => pollutantText(d.pollutant, t) },
        { key: 'validHours', title: t('compliance.field.validHours'), dataIndex: 'validHours' },
        { key: 'mean', title: t('compliance.field.mean'), render: (_, d) => d.mean ?? t('common.none') },
        { key: 'limit', title: t('compliance.field.limit'), render: (_, d) => d.limitValue ?? t('common.none') },
        { key: 'judgement', title: t('compliance.field.judgement'), render: (_, d) => judgement(d) },
        {
          key: 'multiple',
          title: t('compliance.field.multiple'),
          render: (_, d) => (d.multiple === null ? t('common.none') : d.multiple),
        },
        { key: 'note', title: t('compliance.field.note'), render: (_, d) => noteText(d.note, t) || t('common.none') },
      ]}
    />
  );
}
