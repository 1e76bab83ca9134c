import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, textOnLevel } from '../colours';

/**
 * An AQI value on its HJ 633 level colour, with the level's category (优, 良 …) from i18n.
 * `testId` lets a page point at one badge; `data-level` carries the level for tests and journeys.
 */
export function LevelBadge({
  aqi,
  level,
  testId,
  showCategory = true,
}: {
  aqi: number | null;
  level: number | null;
  testId?: string;
  showCategory?: boolean;
}) {
  const { t } = useTranslation();
  if (aqi === null || level === null)
    return (
      <Tag data-testid={testId} data-level="">
        {t('assessment.common.noData')}
      </Tag>
    );
  return (
    <Tag
      data-testid={testId}
      data-level={level}
      style={{
        background: levelColour(level),
        color: textOnLevel(level),
        borderColor: levelColour(level),
        fontWeight: 600,
      }}
    >
      {aqi}
      {showCategory ? ` ${t(`assessment.levels.${level}`)}` : ''}
    </Tag>
  );
}
