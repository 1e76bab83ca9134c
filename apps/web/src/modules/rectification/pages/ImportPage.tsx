import { Card, Select, Space, Typography } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportPanel } from '../../../ui/ImportPanel';
import { PageHeader } from '../../../ui/PageHeader';
import { useBatches, useImportLedger } from '../hooks/useRectification';

/** /app/rectification/import — a ledger spreadsheet (CSV/XLSX) into a batch: a dry run with row errors, then the import. */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const batches = useBatches();
  const [batchId, setBatchId] = useState<string | undefined>();
  const run = useImportLedger();
  return (
    <>
      <PageHeader title={t('rectification.import.title')} />
      <Typography.Paragraph type="secondary">{t('rectification.import.intro')}</Typography.Paragraph>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            {t('rectification.import.batch')}
            <Select
              style={{ minWidth: 320 }}
              value={batchId}
              data-testid="import-batch"
              onChange={(v: string) => setBatchId(v)}
              options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Space>
          {batchId ? (
            <ImportPanel
              run={(vars) => run.mutateAsync({ ...vars, batchId })}
              isRunning={run.isPending}
              progress={null}
              optionsVersion={batchId}
              onApplied={(count) => void message.success(t('rectification.import.applied', { count }))}
            />
          ) : (
            <Typography.Text type="secondary">{t('rectification.import.chooseBatch')}</Typography.Text>
          )}
        </Space>
      </Card>
    </>
  );
}
