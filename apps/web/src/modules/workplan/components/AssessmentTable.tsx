import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentRow } from '../types';

/** Year-end scores per lead unit, best first; the server computes them exactly (one decimal, half to even). */
export function AssessmentTable({ rows, loading }: { rows: readonly AssessmentRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName));
  return (
    <Table<AssessmentRow>
      data-testid="assessment-table"
      size="small"
      rowKey="unitId"
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('workplan.assessment.none') }}
      dataSource={sorted}
      columns={[
        { title: '#', key: 'rank', width: 50, render: (_, __, i) => i + 1 },
        { title: t('workplan.assessment.unit'), dataIndex: 'unitName' },
        { title: t('workplan.assessment.items'), dataIndex: 'items', width: 100 },
        { title: t('workplan.assessment.completion'), dataIndex: 'completion', width: 100 },
        { title: t('workplan.assessment.timeliness'), dataIndex: 'timeliness', width: 100 },
        { title: t('workplan.assessment.attainment'), dataIndex: 'attainment', width: 100 },
        {
          title: t('workplan.assessment.score'),
          dataIndex: 'score',
          width: 90,
          render: (s: number) => <strong>{s}</strong>,
        },
      ]}
    />
  );
}
