import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { levelColour } from '../../assessment/shared';

export type Advice = { zh: string; en: string };

/**
 * HJ 633's health advice for an AQI level, in the visitor's language, on the level's colour.
 * The text is the server's (both languages come with the data); without a level, nothing to advise.
 */
export function HealthAdvice({ level, advice }: { level: number | null; advice: Advice | null | undefined }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (level === null || !advice) return null;
  return (
    <Alert
      data-testid="health-advice"
      data-level={level}
      type="info"
      showIcon
      style={{ borderLeft: `6px solid ${levelColour(level)}` }}
      title={t('assessment.portal.adviceTitle', { category: t(`assessment.levels.${level}`) })}
      description={locale === 'en' ? advice.en : advice.zh}
    />
  );
}
