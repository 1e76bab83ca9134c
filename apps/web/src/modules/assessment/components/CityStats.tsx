import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, textOnLevel } from '../colours';
import { pollutantLabel } from '../pollutants';
import type { CityEvaluation } from '../types';

/** A city's period statistics (HJ 663): concentrations, percentiles, good days, index, rank, year-on-year. */
export function CityStats({ city, limitsStandard }: { city: CityEvaluation; limitsStandard: string }) {
  const { t } = useTranslation();
  const s = city.stats;
  const dash = (v: number | string | null) => (v === null ? '—' : v);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} data-testid="city-stats">
      <Descriptions.Item label={t('assessment.ranking.rank')}>
        <span data-testid="city-rank">{dash(city.rank)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.ranking.composite')}>
        <span data-testid="city-composite">{dash(city.compositeIndex)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.ranking.mainPollutant')}>
        {city.mainPollutants.map(pollutantLabel).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.ranking.goodDayRatio')}>
        {city.goodDayRatio === null ? '—' : `${city.goodDayRatio}%`} (
        {t('assessment.city.goodDays', { good: city.goodDays, valid: city.daysValid, total: city.daysTotal })})
      </Descriptions.Item>
      <Descriptions.Item label="PM₂.₅ / PM₁₀ (µg/m³)">{`${dash(s.pm2_5)} / ${dash(s.pm10)}`}</Descriptions.Item>
      <Descriptions.Item label="SO₂ / NO₂ (µg/m³)">{`${dash(s.so2)} / ${dash(s.no2)}`}</Descriptions.Item>
      <Descriptions.Item label={t('assessment.city.coP95')}>{dash(s.co_p95)}</Descriptions.Item>
      <Descriptions.Item label={t('assessment.city.o3p90')}>{dash(s.o3_8h_p90)}</Descriptions.Item>
      <Descriptions.Item label={t('assessment.ranking.change')}>
        {t('assessment.city.yoy', {
          composite: dash(city.compositeChangePct),
          pm25: dash(city.pm25ChangePct),
          good: dash(city.goodDayRatioChange),
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.city.levelDays')} span={2}>
        {city.levelDays.map((n, i) => (
          <Tag key={i} style={{ background: levelColour(i + 1), color: textOnLevel(i + 1) }}>
            {t(`assessment.levels.${i + 1}`)} {n}
          </Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.city.standard')}>{limitsStandard}</Descriptions.Item>
      {city.validityNote ? (
        <Descriptions.Item label={t('assessment.city.validity')}>{city.validityNote}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
