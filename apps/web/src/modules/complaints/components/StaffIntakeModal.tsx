import { COMPLAINT_KINDS } from '@ecocloud/contracts';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createStaffComplaint, type StaffComplaintInput } from '../api';
import { complaintErrorText } from '../error-text';
import { complaintKeys } from '../hooks/useComplaints';

type Values = Omit<StaffComplaintInput, 'reporter'> & { reporterName?: string; reporterPhone?: string };

/** Staff entry of a call, letter or visit; the tracking code is shown once, to tell the reporter. */
export function StaffIntakeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [code, setCode] = useState<string | null>(null);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: createStaffComplaint,
    onSuccess: (r) => {
      setCode(r.trackingCode);
      return client.invalidateQueries({ queryKey: complaintKeys.list() });
    },
    meta: { silent: true },
  });
  const close = () => {
    form.resetFields();
    setCode(null);
    create.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('complaints.list.create')}
      onCancel={close}
      onOk={() => (code ? close() : form.submit())}
      okText={code ? t('complaints.form.close') : t('complaints.form.save')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {code ? (
        <Alert type="success" showIcon title={t('complaints.form.created', { code })} data-testid="staff-created" />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ channel: 'hotline', kind: 'odour' }}
          onFinish={({ reporterName, reporterPhone, ...v }) =>
            create.mutate({
              ...v,
              reporter: reporterName
                ? { name: reporterName, ...(reporterPhone ? { phone: reporterPhone } : {}) }
                : null,
            })
          }
        >
          <Form.Item name="channel" label={t('complaints.form.channel')}>
            <Select
              options={['hotline', 'wechat', 'letter', 'visit'].map((c) => ({
                value: c,
                label: t(`complaints.channels.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('complaints.form.kind')}>
            <Select options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('complaints.form.description')} rules={[{ required: true, min: 5 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('complaints.form.regionCode')}
            rules={[{ required: true, pattern: /^\d{6}$/ }]}
          >
            <Input placeholder="450100" />
          </Form.Item>
          <Form.Item name="address" label={t('complaints.form.address')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="reporterName" label={t('complaints.form.reporterName')}>
            <Input />
          </Form.Item>
          <Form.Item name="reporterPhone" label={t('complaints.form.reporterPhone')}>
            <Input />
          </Form.Item>
          {create.error ? <Alert type="error" showIcon title={complaintErrorText(create.error, t)} /> : null}
        </Form>
      )}
    </Modal>
  );
}
