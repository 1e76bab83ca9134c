import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportPanel } from '../../../ui/ImportPanel';
import { useImportTargets } from '../hooks/useTargets';

/** Upload a CSV/XLSX of targets with the shared two-step panel: dry run (row errors shown), then import. */
export function TargetImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const importer = useImportTargets();
  return (
    <Modal
      open={open}
      title={t('assessment.targets.import')}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('assessment.targets.importHelp')}</Typography.Paragraph>
      <ImportPanel run={(vars) => importer.mutateAsync(vars)} isRunning={importer.isPending} progress={null} />
    </Modal>
  );
}
