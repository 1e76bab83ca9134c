import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LEVEL_COLORS = ['gold', 'orange', 'red'] as const;

/** The escalation level of a supervision notice in words: 1 提醒, 2 督办, 3 约谈 (a level past the list by number). */
export function NoticeLevelTag({ level, testId }: { level: number; testId?: string }) {
  const { t } = useTranslation();
  const label = t(`rectification.supervision.levels.${level}`, {
    defaultValue: t('rectification.supervision.levelN', { level }),
  });
  return (
    <Tag color={LEVEL_COLORS[Math.min(level, LEVEL_COLORS.length) - 1] ?? 'red'} data-testid={testId}>
      {label}
    </Tag>
  );
}
