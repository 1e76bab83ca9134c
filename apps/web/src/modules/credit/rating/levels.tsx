import type { CreditLevelCode } from '@ecocloud/contracts';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';

/** 环保诚信 green, 环保良好 blue, 环保警示 yellow (antd's gold reads on white), 环保不良 red. */
const LEVEL_COLOURS: Record<CreditLevelCode, string> = {
  green: 'green',
  blue: 'blue',
  yellow: 'gold',
  red: 'red',
};

export function LevelTag({ level, t }: { level: CreditLevelCode; t: TFunction }) {
  return (
    <Tag color={LEVEL_COLOURS[level]} data-testid={`level-${level}`}>
      {t(`creditRating.levels.${level}`)}
    </Tag>
  );
}
