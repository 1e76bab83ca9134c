import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pollutantLabel } from '../pollutants';
import { worstRank } from '../ranking-rows';
import type { CityEvaluation } from '../types';

type Props = {
  cities: CityEvaluation[];
  loading?: boolean;
  /** Where a city name links to; none means plain text. */
  /** A link per city; undefined for a city the user may not open (outside their scope). */
  cityHref?: (regionCode: string) => string | undefined;
  testId?: string;
};

function signed(value: string | null, unit: string): string {
  if (value === null) return '—';
  return `${value.startsWith('-') || value === '0.0' ? '' : '+'}${value}${unit}`;
}

/**
 * The composite-index ranking as the server ranked it: cities sharing an index share a rank
 * ("1224"), unranked (invalid) cities come last. The last-ranked city is highlighted in red.
 */
export function RankingTable({ cities, loading, cityHref, testId = 'ranking-table' }: Props) {
  const { t } = useTranslation();
  const worst = worstRank(cities);
  const rows = [...cities].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.regionCode.localeCompare(b.regionCode),
  );
  const columns: ColumnsType<CityEvaluation> = [
    {
      title: t('assessment.ranking.rank'),
      dataIndex: 'rank',
      width: 70,
      render: (rank: number | null, c) => <span data-testid={`rank-${c.regionCode}`}>{rank ?? '—'}</span>,
    },
    {
      title: t('assessment.ranking.city'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <>
          {cityHref?.(c.regionCode) ? <Link to={cityHref(c.regionCode) as string}>{name}</Link> : name}
          {c.rank !== null && c.rank === worst ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('assessment.ranking.last')}
            </Tag>
          ) : null}
          {c.validityNote ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {c.validityNote}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('assessment.ranking.composite'),
      dataIndex: 'compositeIndex',
      render: (v: string | null, c) => <span data-testid={`composite-${c.regionCode}`}>{v ?? '—'}</span>,
    },
    {
      title: t('assessment.ranking.mainPollutant'),
      dataIndex: 'mainPollutants',
      render: (list: string[]) => list.map(pollutantLabel).join('、') || '—',
    },
    {
      title: t('assessment.ranking.goodDayRatio'),
      dataIndex: 'goodDayRatio',
      render: (v: string | null) => (v === null ? '—' : `${v}%`),
    },
    { title: t('assessment.ranking.pm25'), key: 'pm25', render: (_, c) => c.stats.pm2_5 ?? '—' },
    {
      title: t('assessment.ranking.change'),
      dataIndex: 'compositeChangePct',
      render: (v: string | null) => (
        <span style={{ color: v === null ? undefined : v.startsWith('-') ? '#389e0d' : '#cf1322' }}>
          {signed(v, '%')}
        </span>
      ),
    },
  ];
  return (
    <Table<CityEvaluation>
      data-testid={testId}
      rowKey="regionCode"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(c) => {
        const isWorst = c.rank !== null && c.rank === worst;
        return {
          'data-worst': isWorst ? 'true' : 'false',
          style: isWorst ? { background: '#fff1f0' } : undefined,
        } as React.HTMLAttributes<HTMLElement>;
      }}
    />
  );
}
