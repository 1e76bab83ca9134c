import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RankingTable } from '../../assessment/shared';
import { useLatestRanking } from '../hooks/usePortal';

/** /portal/ranking — last month's composite-index ranking of the cities (lower is better). */
export function PortalRankingPage() {
  const { t } = useTranslation();
  const ranking = useLatestRanking();
  const data = ranking.data;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('assessment.portal.rankingTitle', { month: data?.period.label ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('assessment.portal.rankingNote')}</Typography.Paragraph>
      <Card size="small">
        <RankingTable
          cities={data?.cities ?? []}
          loading={ranking.isPending}
          cityHref={(code) => `/portal/cities/${code}`}
          testId="portal-ranking"
        />
        {data ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('assessment.ranking.standards', { limits: data.limitsStandard, aqi: data.aqiStandards.join(', ') })}
          </Typography.Paragraph>
        ) : null}
      </Card>
    </>
  );
}
