import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportPanel } from '../../../ui/ImportPanel';
import { useImportEntries } from '../hooks/useDictionaries';

type Props = {
  dictCode: string;
  dictName: string;
  open: boolean;
  onClose: () => void;
  onApplied: (count: number) => void;
};

/** A code table's import: the shared two-step panel (dry run, then import) in a modal. */
export function ImportModal({ dictCode, dictName, open, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const run = useImportEntries(dictCode);
  return (
    <Modal
      open={open}
      title={t('dict.importTitle', { name: dictName })}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <ImportPanel
        run={(vars) => run.mutateAsync(vars)}
        isRunning={run.isPending}
        progress={null}
        onApplied={onApplied}
      />
    </Modal>
  );
}
