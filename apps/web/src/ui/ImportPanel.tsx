import { UploadOutlined } from '@ant-design/icons';
import type { ImportReport } from '@ecocloud/contracts';
import { Button, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReportView } from './ImportReportView';

export type ImportMode = 'valid-rows' | 'all-or-nothing';

type Props = {
  /** Sends the file; resolves with the server's report. Progress is reported through `progress`. */
  run: (vars: { file: File; dryRun: boolean; mode: ImportMode }) => Promise<ImportReport>;
  isRunning: boolean;
  /** Upload progress 0–100 of the running request, or null when nothing is uploading. */
  progress: number | null;
  onApplied?: (count: number) => void;
  /** Extra options shown above the buttons (e.g. the period of observation data). */
  extra?: ReactNode;
  /** Bumped by the caller when an option in `extra` changes: the dry run must be redone. */
  optionsVersion?: unknown;
};

/**
 * Import in two steps (dictionaries, stations, observations): a dry run that writes nothing and lists row errors,
 * then the real import in the chosen mode. Changing the file, the mode or an option asks for a
 * fresh dry run. A progress bar shows the upload while it runs.
 */
export function ImportPanel({ run, isRunning, progress, onApplied, extra, optionsVersion }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [result, setResult] = useState<{ report: ImportReport; version: unknown } | null>(null);
  const report = result && result.version === optionsVersion ? result.report : null;
  const dryRunDone = report?.dryRun === true;

  const start = (dryRun: boolean) => {
    if (!file) return;
    run({ file, dryRun, mode })
      .then((r) => {
        setResult({ report: r, version: optionsVersion });
        if (!dryRun) onApplied?.(r.applied);
      })
      .catch(() => undefined); // the error notifier shows it
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Upload
        accept=".csv,.xlsx"
        maxCount={1}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setResult(null);
          return false; // kept here; sent only on dry run / import
        }}
        onRemove={() => {
          setFile(null);
          setResult(null);
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
            setResult(null);
          }}
          options={(['all-or-nothing', 'valid-rows'] as const).map((m) => ({ value: m, label: t(`dict.modes.${m}`) }))}
        />
      </div>
      {extra}
      <Space>
        <Button data-testid="import-dry-run" disabled={!file} loading={isRunning} onClick={() => start(true)}>
          {t('dict.dryRun')}
        </Button>
        <Button
          data-testid="import-apply"
          type="primary"
          disabled={!file || !dryRunDone}
          loading={isRunning}
          onClick={() => start(false)}
        >
          {t('dict.apply')}
        </Button>
      </Space>
      {progress !== null && isRunning ? (
        <Progress data-testid="import-progress" percent={progress} size="small" />
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </Space>
  );
}
