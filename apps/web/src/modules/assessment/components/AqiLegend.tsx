import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, textOnLevel } from '../colours';

/** The six HJ 633 levels with their colours and ranges (0–50, 51–100 … >300). */
export function AqiLegend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={4} data-testid="aqi-legend">
      {[1, 2, 3, 4, 5, 6].map((level) => (
        <Tag
          key={level}
          style={{ background: levelColour(level), color: textOnLevel(level), borderColor: levelColour(level) }}
        >
          {t(`assessment.levels.${level}`)} {t(`assessment.levelRanges.${level}`)}
        </Tag>
      ))}
    </Space>
  );
}
