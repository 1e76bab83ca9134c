import { Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShareRow, WaterSummary } from '../types';

function ShareTable({ rows, testId }: { rows: ShareRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<ShareRow>
      data-testid={testId}
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('assessment.water.name'), dataIndex: 'name' },
        { title: t('assessment.water.sections'), dataIndex: 'sections' },
        { title: t('assessment.water.goodShare'), dataIndex: 'goodShare', render: (v: string) => `${v}%` },
        { title: t('assessment.water.worseThanVShare'), dataIndex: 'worseThanVShare', render: (v: string) => `${v}%` },
        {
          title: t('assessment.water.rating'),
          dataIndex: 'status',
          render: (v: string | null) => (v ? t(`assessment.water.ratings.${v}`, { defaultValue: v }) : '—'),
        },
      ]}
    />
  );
}

/** Good-class (I–III) and worse-than-V shares per city, river and basin, plus the CWQI ranking. */
export function WaterShareTables({ water }: { water: WaterSummary }) {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        {
          key: 'city',
          label: t('assessment.water.byCity'),
          children: <ShareTable rows={water.byCity} testId="share-city" />,
        },
        {
          key: 'river',
          label: t('assessment.water.byRiver'),
          children: <ShareTable rows={water.byRiver} testId="share-river" />,
        },
        {
          key: 'basin',
          label: t('assessment.water.byBasin'),
          children: <ShareTable rows={water.byBasin} testId="share-basin" />,
        },
        {
          key: 'cwqi',
          label: t('assessment.water.cwqi'),
          children: (
            <Table
              data-testid="cwqi-table"
              rowKey="regionCode"
              size="small"
              pagination={false}
              dataSource={water.cwqiRanking}
              columns={[
                { title: t('assessment.ranking.rank'), dataIndex: 'rank' },
                { title: t('assessment.ranking.city'), dataIndex: 'name' },
                { title: 'CWQI', dataIndex: 'cwqi' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
