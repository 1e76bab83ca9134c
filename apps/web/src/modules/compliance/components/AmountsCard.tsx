import type { OutletAmount } from '@ecocloud/contracts';
import { Alert, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { percentText, pollutantText, tonnesText } from '../labels';

/**
 * Emitted amounts of the outlet this year against the permitted annual amount, with the year-end
 * projection at the pace so far; a projection above the permit is warned about.
 */
export function AmountsCard({ year, rows }: { year: number; rows: OutletAmount[] }) {
  const { t } = useTranslation();
  const over = rows.filter((r) => r.projectedOver);
  return (
    <Card
      size="small"
      title={t('compliance.outlet.amounts', { year })}
      style={{ marginBottom: 16 }}
      data-testid="amounts-card"
    >
      {over.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="amounts-projected-over"
          title={t('compliance.outlet.projectedOverAlert', {
            list: over.map((r) => pollutantText(r.pollutant, t)).join('、'),
          })}
        />
      ) : null}
      <Table<OutletAmount>
        size="small"
        rowKey="pollutant"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('compliance.outlet.noAmounts') }}
        columns={[
          { key: 'pollutant', title: t('compliance.field.pollutant'), render: (_, r) => pollutantText(r.pollutant, t) },
          { key: 'ytd', title: t('compliance.outlet.yearToDate'), render: (_, r) => tonnesText(r.yearToDateKg, t) },
          { key: 'permitted', title: t('compliance.outlet.permitted'), render: (_, r) => tonnesText(r.permittedKg, t) },
          { key: 'used', title: t('compliance.outlet.usedShare'), render: (_, r) => percentText(r.usedShare, t) },
          {
            key: 'projected',
            title: t('compliance.outlet.projected'),
            render: (_, r) => (
              <>
                {tonnesText(r.projectedKg, t)}
                {r.projectedOver ? (
                  <Tag color="warning" style={{ marginLeft: 8 }}>
                    {t('compliance.outlet.projectedOver')}
                  </Tag>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
