import { Alert, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pollutantShares } from '../pollutant-shares';
import { pollutantLabel } from '../pollutants';
import { worstCities } from '../ranking-rows';
import type { CityEvaluation } from '../types';

/**
 * Why the last-ranked city is last: its main pollutant(s) and each pollutant's share of its
 * composite index (I_i / Σ I, computed exactly from the published statistics).
 */
export function WorstCityWhy({ cities, limitsStandard }: { cities: CityEvaluation[]; limitsStandard: string }) {
  const { t } = useTranslation();
  const worst = worstCities(cities);
  if (worst.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="worst-why">
      {worst.map((city) => {
        const shares = pollutantShares(city.stats, limitsStandard);
        return (
          <Alert
            key={city.regionCode}
            type="error"
            showIcon
            title={t('assessment.dashboard.worstTitle', {
              city: city.name,
              rank: city.rank,
              index: city.compositeIndex ?? '—',
              pollutant: city.mainPollutants.map(pollutantLabel).join('、') || '—',
            })}
            description={
              shares ? (
                <div>
                  <Typography.Text type="secondary">{t('assessment.dashboard.shares')}</Typography.Text>
                  {shares.map((s) => (
                    <div
                      key={s.pollutant}
                      data-testid={`share-${s.pollutant}`}
                      style={{ display: 'flex', gap: 8, alignItems: 'center' }}
                    >
                      <span style={{ width: 56 }}>{pollutantLabel(s.pollutant)}</span>
                      <Progress
                        percent={Number(s.sharePct)}
                        format={() => `${s.sharePct}% (${s.index})`}
                        size="small"
                        style={{ flex: 1, margin: 0 }}
                      />
                    </div>
                  ))}
                </div>
              ) : null
            }
          />
        );
      })}
    </Space>
  );
}
