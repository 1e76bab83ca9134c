import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankingExportUrl } from '../api';
import { PeriodSelector, type PeriodState } from '../components/PeriodSelector';
import { RankingTable } from '../components/RankingTable';
import { WorstCityWhy } from '../components/WorstCityWhy';
import { useRanking } from '../hooks/useAirQueries';
import { lastCompleteMonth, monthAnchor, periodQuery, shanghaiToday } from '../periods';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/assessment/ranking — the composite-index ranking of any period, with XLSX and CSV of the same table. */
export function AssessmentRankingPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodState>(() => ({
    kind: 'month',
    anchor: monthAnchor(lastCompleteMonth(shanghaiToday())),
  }));
  const query = periodQuery(period.kind, period.anchor, period.range);
  const canQuery = period.kind !== 'custom' || period.range !== undefined;
  const ranking = useRanking(query, canQuery);
  const data = ranking.data;
  return (
    <>
      <PageHeader
        title={t('assessment.ranking.title')}
        extra={
          <Space wrap>
            <PeriodSelector value={period} onChange={setPeriod} />
            <Button
              icon={<DownloadOutlined />}
              href={rankingExportUrl(query, 'xlsx')}
              download
              disabled={!canQuery}
              data-testid="ranking-export-xlsx"
            >
              XLSX
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={rankingExportUrl(query, 'csv')}
              download
              disabled={!canQuery}
              data-testid="ranking-export-csv"
            >
              CSV
            </Button>
          </Space>
        }
      />
      <Card
        title={
          data ? (
            <span data-testid="ranking-period">
              {t('assessment.ranking.period', { from: data.period.from, to: data.period.to })}
            </span>
          ) : null
        }
      >
        <RankingTable
          cities={data?.cities ?? []}
          loading={ranking.isFetching}
          cityHref={(code) => `/app/assessment/cities/${code}`}
        />
        {data ? (
          <>
            <div style={{ marginTop: 12 }}>
              <WorstCityWhy cities={data.cities} limitsStandard={data.limitsStandard} />
            </div>
            <Typography.Paragraph
              type="secondary"
              style={{ marginTop: 12, marginBottom: 0 }}
              data-testid="ranking-standards"
            >
              {t('assessment.ranking.standards', { limits: data.limitsStandard, aqi: data.aqiStandards.join(', ') })}
            </Typography.Paragraph>
          </>
        ) : null}
      </Card>
    </>
  );
}
