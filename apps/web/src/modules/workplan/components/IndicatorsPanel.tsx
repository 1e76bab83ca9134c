import { Card, Empty, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { judgeIndicator } from '../indicator-judgement';
import { formatInstant } from '../../../ui/format-time';
import type { Indicator } from '../types';
import { IndicatorChart } from './IndicatorChart';

const JUDGEMENT_COLORS = { attained: 'success', not_attained: 'warning', no_data: 'default' } as const;

/** An item's indicators: latest value, target and attainment, and a chart of one chosen indicator. */
export function IndicatorsPanel({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = indicators.find((i) => i.id === chosen) ?? indicators[0];
  return (
    <Card size="small" title={t('workplan.indicators.title')}>
      {indicators.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.indicators.none')} />
      ) : (
        <>
          <Table<Indicator>
            data-testid="indicators-table"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={[...indicators]}
            columns={[
              { title: t('workplan.indicators.name'), dataIndex: 'name' },
              {
                title: t('workplan.indicators.direction'),
                dataIndex: 'direction',
                render: (d: Indicator['direction']) => t(`workplan.directions.${d}`),
              },
              { title: t('workplan.indicators.target'), key: 'target', render: (_, i) => `${i.target}${i.unit}` },
              {
                title: t('workplan.indicators.latest'),
                key: 'latest',
                render: (_, i) =>
                  i.latest?.value === null || i.latest?.value === undefined
                    ? t('workplan.indicators.noData')
                    : `${i.latest.value}${i.unit}${i.latest.asOf ? ` (${t('workplan.indicators.asOf')} ${formatInstant(i.latest.asOf).slice(0, 10)})` : ''}`,
              },
              { title: t('workplan.item.deadline'), dataIndex: 'deadline' },
              {
                title: t('workplan.indicators.judgement'),
                key: 'judgement',
                render: (_, i) => {
                  const j = judgeIndicator(i);
                  return (
                    <Tag color={JUDGEMENT_COLORS[j]} data-testid={`indicator-judgement-${i.id}`}>
                      {t(`workplan.judgement.${j}`)}
                    </Tag>
                  );
                },
              },
            ]}
          />
          {shown ? (
            <div style={{ marginTop: 12 }}>
              {indicators.length > 1 ? (
                <Segmented
                  value={shown.id}
                  onChange={(v) => setChosen(String(v))}
                  options={indicators.map((i) => ({ value: i.id, label: i.name }))}
                />
              ) : null}
              <IndicatorChart key={shown.id} indicatorId={shown.id} />
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
