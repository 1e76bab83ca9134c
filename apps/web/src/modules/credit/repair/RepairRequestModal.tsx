import type { PunishmentRecord } from '@ecocloud/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileRepairRequest } from './repair-api';
import { DutyTags, repairErrorText } from './repair-words';

/** The repair request form: the record, its duties as they stand, and the enterprise's statement. */
export function RepairRequestModal({ record, onClose }: { record: PunishmentRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [statement, setStatement] = useState('');
  const file = useMutation({
    mutationFn: () => fileRepairRequest(record!.id, statement.trim()),
    onSuccess: () => {
      void message.success(t('credit.repair.request.submitted'));
      setStatement('');
      onClose();
      return client.invalidateQueries({ queryKey: ['credit', 'repair'] });
    },
  });
  return (
    <Modal
      open={record !== null}
      title={t('credit.repair.request.title')}
      okText={t('credit.repair.request.submit')}
      okButtonProps={{ disabled: !statement.trim(), loading: file.isPending, 'data-testid': 'repair-submit' }}
      onOk={() => file.mutate()}
      onCancel={() => {
        file.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {record ? (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('credit.repair.records.decisionNo')}>{record.decisionNo}</Descriptions.Item>
          <Descriptions.Item label={t('credit.repair.records.earliestRepair')}>
            {record.earliestRepairDate}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.repair.records.duties')}>
            <DutyTags duties={record.duties} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Input.TextArea
        rows={4}
        maxLength={2000}
        value={statement}
        data-testid="repair-statement"
        placeholder={t('credit.repair.request.statementPlaceholder')}
        onChange={(e) => setStatement(e.target.value)}
      />
      {file.error ? (
        <Alert style={{ marginTop: 12 }} type="error" showIcon title={repairErrorText(file.error, t)} />
      ) : null}
    </Modal>
  );
}
