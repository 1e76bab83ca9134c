import { PageHeader } from '../../../ui/PageHeader';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from '../components/SettingsForm';
import { SpecialPeriodsCard } from '../components/SpecialPeriodsCard';

/** /app/compliance/settings (compliance:settings) — the special periods in force and the judgement settings. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('compliance.settings.title')} />
      <SpecialPeriodsCard />
      <SettingsForm />
    </>
  );
}
