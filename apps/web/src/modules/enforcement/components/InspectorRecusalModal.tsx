import { Alert, App, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseErrorText } from '../error-text';
import { useEnterpriseSearch } from '../hooks/useCases';
import { useSaveInspector } from '../hooks/useInspections';
import type { Inspector } from '../inspections-api';

/** The enterprises an inspector is recused from (回避), picked from the register; the draw never pairs them. */
export function InspectorRecusalModal({ inspector, onClose }: { inspector: Inspector | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string }[]>([]);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const enterprises = useEnterpriseSearch(q, inspector !== null);
  const save = useSaveInspector();
  // Start from the inspector's recusals each time the modal opens for someone.
  if (inspector && openedFor !== inspector.userId) {
    setOpenedFor(inspector.userId);
    setPicked(inspector.recusals.map((r) => ({ value: r.enterpriseId, label: r.name ?? r.enterpriseId })));
  }
  const known = new Set(picked.map((p) => p.value));
  const options = [
    ...picked,
    ...(enterprises.data?.items ?? []).filter((e) => !known.has(e.id)).map((e) => ({ value: e.id, label: e.name })),
  ];
  const submit = async () => {
    if (!inspector) return;
    await save.mutateAsync({
      userId: inspector.userId,
      body: { recusals: picked.map((p) => p.value), active: inspector.active },
    });
    void message.success(t('enforcement.inspections.inspectorLibrary.saved'));
    setOpenedFor(null);
    onClose();
  };
  return (
    <Modal
      open={inspector !== null}
      title={t('enforcement.inspections.inspectorLibrary.editTitle', { name: inspector?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'recusal-submit' }}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the alert
      onCancel={() => {
        setOpenedFor(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Select
        mode="multiple"
        labelInValue
        style={{ width: '100%' }}
        data-testid="recusal-enterprises"
        value={picked}
        onChange={(v: { value: string; label: string }[]) => setPicked(v)}
        showSearch={{ filterOption: false, onSearch: setQ }}
        placeholder={t('enforcement.inspections.inspectorLibrary.recusalSearch')}
        loading={enterprises.isFetching}
        options={options}
      />
      {save.error ? (
        <Alert style={{ marginTop: 12 }} type="error" showIcon title={caseErrorText(save.error, t)} />
      ) : null}
    </Modal>
  );
}
