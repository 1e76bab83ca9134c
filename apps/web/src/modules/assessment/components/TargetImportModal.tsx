import { UploadOutlined } from '@ant-design/icons';
import type { ImportReport } from '@ecocloud/contracts';
import { Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReportView } from '../../dictionaries';
import { useImportTargets } from '../hooks/useTargets';

/** Upload a CSV/XLSX of targets: dry run first (row errors shown), then apply the valid rows. */
export function TargetImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const importer = useImportTargets();
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setReport(await importer.mutateAsync({ file, dryRun }));
  };
  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };
  return (
    <Modal open={open} title={t('assessment.targets.import')} onCancel={close} footer={null} width={760} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('assessment.targets.importHelp')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setReport(null);
            return false; // keep the file here; it is sent by the buttons below
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<UploadOutlined />}>{t('assessment.targets.chooseFile')}</Button>
        </Upload>
        <Button disabled={!file} loading={importer.isPending} onClick={() => void run(true).catch(() => undefined)} data-testid="targets-dry-run">
          {t('assessment.targets.dryRun')}
        </Button>
        <Button type="primary" disabled={!file || !report?.dryRun} loading={importer.isPending} onClick={() => void run(false).catch(() => undefined)} data-testid="targets-apply">
          {t('assessment.targets.apply')}
        </Button>
      </Space>
      {report ? <ImportReportView report={report} /> : null}
    </Modal>
  );
}
