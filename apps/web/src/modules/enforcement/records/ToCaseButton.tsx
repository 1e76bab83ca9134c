import { VIOLATIONS, type InspectionRecord } from '@ecocloud/contracts';
import { App, Button, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { casePath } from '../components/CasesTable';
import { caseErrorText } from '../error-text';
import { violationText } from '../labels';
import { useRecordToCase } from './useRecords';

/** 转为案件: a record with problems, not yet a case, for an officer with enforcement:write. */
export function ToCaseButton({ record }: { record: InspectionRecord }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useSession();
  const toCase = useRecordToCase(record.id);
  const [open, setOpen] = useState(false);
  const [violation, setViolation] = useState<(typeof VIOLATIONS)[number] | undefined>();
  if (!hasPermission(me, 'enforcement:write') || record.outcome !== 'problems' || record.caseId) return null;
  const submit = async () => {
    if (!violation) return;
    try {
      const linked = await toCase.mutateAsync({ violation });
      void message.success(t('enforcement.records.caseCreated'));
      setOpen(false);
      if (linked.caseId) void navigate(casePath(linked.caseId));
    } catch (error) {
      void message.error({ content: caseErrorText(error, t), duration: 6 });
    }
  };
  return (
    <>
      <Button type="primary" size="large" onClick={() => setOpen(true)} data-testid="record-to-case">
        {t('enforcement.records.toCase')}
      </Button>
      <Modal
        open={open}
        title={t('enforcement.records.toCaseTitle')}
        okText={t('enforcement.records.toCase')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !violation, 'data-testid': 'record-to-case-submit' }}
        confirmLoading={toCase.isPending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('enforcement.records.toCaseHint')}</Typography.Paragraph>
        <Select
          size="large"
          style={{ width: '100%' }}
          placeholder={t('enforcement.records.violation')}
          value={violation}
          onChange={setViolation}
          options={VIOLATIONS.map((v) => ({ value: v, label: violationText(v, t) }))}
          data-testid="record-to-case-violation"
        />
      </Modal>
    </>
  );
}
