import type { Enterprise, PunishmentClassId } from '@ecocloud/contracts';
import { PUNISHMENT_CLASS_IDS } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { http } from '../../../lib/http';
import { useSession } from '../../auth/shared';
import { createHandRecord, type HandRecordInput } from './repair-api';
import { repairErrorText, shanghaiToday } from './repair-words';

type Values = Omit<HandRecordInput, 'fineYuan'> & { fineYuan?: number | null };

const searchEnterprises = (q: string): Promise<{ items: Enterprise[] }> =>
  http('/api/v1/sources/enterprises', { query: { q, page: 1, pageSize: 20, sort: 'name', order: 'asc' } });

/** A punishment record by hand (a decision made outside EcoCloud's cases): its duties are checked on documents. */
export function HandRecordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const today = shanghaiToday();
  const enterprises = useQuery({
    queryKey: ['credit', 'repair', 'enterprises', q],
    queryFn: () => searchEnterprises(q),
    enabled: open,
  });
  const create = useMutation({
    mutationFn: (v: Values) => createHandRecord({ ...v, fineYuan: v.fineYuan ?? null }),
    onSuccess: () => {
      void message.success(t('credit.repair.candidates.created'));
      onClose();
      return client.invalidateQueries({ queryKey: ['credit', 'repair'] });
    },
  });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t('credit.repair.hand.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'hand-record-submit' }}
      confirmLoading={create.isPending}
      onOk={() =>
        form.validateFields().then(
          (v) => create.mutate(v),
          () => undefined,
        )
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ authority: me?.orgName ?? '', punishmentClass: 'general' }}
      >
        <Form.Item name="enterpriseId" label={t('credit.repair.records.enterprise')} rules={[required]}>
          <Select
            data-testid="hand-record-enterprise"
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={enterprises.isFetching}
            options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('credit.repair.records.decisionNo')} rules={[required]}>
          <Input maxLength={60} data-testid="hand-record-no" />
        </Form.Item>
        <Form.Item name="violationText" label={t('credit.repair.portal.violation')} rules={[required]}>
          <Input maxLength={300} data-testid="hand-record-violation" />
        </Form.Item>
        <Form.Item name="fineYuan" label={t('credit.repair.hand.fineYuan')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="hand-record-fine" />
        </Form.Item>
        <Form.Item name="authority" label={t('credit.repair.portal.authority')} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('credit.repair.records.decisionDate')} rules={[required]}>
          <Input type="date" max={today} data-testid="hand-record-date" />
        </Form.Item>
        <Form.Item name="punishmentClass" label={t('credit.repair.records.class')} rules={[required]}>
          <Select<PunishmentClassId>
            options={PUNISHMENT_CLASS_IDS.map((c) => ({ value: c, label: t(`credit.repair.classes.${c}`) }))}
          />
        </Form.Item>
      </Form>
      {create.error ? <Alert type="error" showIcon title={repairErrorText(create.error, t)} /> : null}
    </Modal>
  );
}
