import { Alert, App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportPanel } from '../../../ui/ImportPanel';
import { PageHeader } from '../../../ui/PageHeader';
import { useImportRegister } from '../hooks/useSources';

/**
 * /app/sources/import — the register from the spreadsheets departments already have: a dry run lists
 * each bad row with its code in words (a wrong check character names the expected one), then import.
 */
export function SourcesImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useImportRegister();
  return (
    <>
      <PageHeader title={t('sources.import.title')} />
      <Card>
        <Alert type="info" showIcon title={t('sources.import.hint')} style={{ marginBottom: 16 }} />
        <ImportPanel
          run={(vars) => run.mutateAsync(vars)}
          isRunning={run.isPending}
          progress={null}
          onApplied={(count) => void message.success(t('sources.import.applied', { count }))}
        />
      </Card>
    </>
  );
}
