import { UploadOutlined } from '@ant-design/icons';
import type { ImportReport } from '@ecocloud/contracts';
import { Button, Modal, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode } from '../api';
import { useImportEntries } from '../hooks/useDictionaries';
import { ImportReportView } from './ImportReportView';

type Props = { dictCode: string; dictName: string; open: boolean; onClose: () => void; onApplied: (count: number) => void };

/**
 * Import in two steps: a dry run that writes nothing and lists row errors, then "import" with
 * the chosen mode. Changing the file or the mode asks for a fresh dry run first.
 */
export function ImportModal({ dictCode, dictName, open, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useImportEntries(dictCode);
  const dryRunDone = report?.dryRun === true;

  const start = (dryRun: boolean) => {
    if (!file) return;
    run.mutate(
      { file, dryRun, mode },
      {
        onSuccess: (result) => {
          setReport(result);
          if (!dryRun) onApplied(result.applied);
        },
      },
    );
  };
  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };

  return (
    <Modal open={open} title={t('dict.importTitle', { name: dictName })} onCancel={close} footer={null} width={760} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setReport(null);
            return false; // keep the file here; it is sent only on dry run / import
          }}
          onRemove={() => {
            setFile(null);
            setReport(null);
          }}
          fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />}>{t('dict.selectFile')}</Button>
        </Upload>
        <div>
          <Typography.Text strong>{t('dict.mode')}：</Typography.Text>
          <Radio.Group
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as ImportMode);
              setReport(null);
            }}
            options={(['all-or-nothing', 'valid-rows'] as const).map((m) => ({ value: m, label: t(`dict.modes.${m}`) }))}
          />
        </div>
        <Space>
          <Button data-testid="import-dry-run" disabled={!file} loading={run.isPending} onClick={() => start(true)}>
            {t('dict.dryRun')}
          </Button>
          <Button data-testid="import-apply" type="primary" disabled={!file || !dryRunDone} loading={run.isPending} onClick={() => start(false)}>
            {t('dict.apply')}
          </Button>
        </Space>
        {report ? <ImportReportView report={report} /> : null}
      </Space>
    </Modal>
  );
}
