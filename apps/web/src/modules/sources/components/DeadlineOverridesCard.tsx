import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteFailure } from '../hooks/useWriteFailure';
import { isApiError } from '../../../lib/http';
import type { DeadlineOverride, DeadlineOverrideInput } from '../api';
import { useCreateDeadlineOverride, useDeadlineOverrides, useDeleteDeadlineOverride } from '../hooks/useRegisterWrites';
import { label, labelOptions, periodText } from '../labels';

/** The period key shape each report frequency takes (the server's own pattern, per frequency). */
const PERIOD_KEY: Record<DeadlineOverride['frequency'], RegExp> = {
  annual: /^\d{4}$/,
  semiannual: /^\d{4}H[12]$/,
  quarterly: /^\d{4}Q[1-4]$/,
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/**
 * Report deadlines moved by a Ministry notice (e.g. the 2023 annual report to 2024-02-29). They hold
 * for every permit, so only a user with sources:write and province-wide scope may add or delete one
 * (`canWrite`); a refusal anyway (403) is said in words on the card.
 */
export function DeadlineOverridesCard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const overrides = useDeadlineOverrides();
  const create = useCreateDeadlineOverride();
  const remove = useDeleteDeadlineOverride();
  const [adding, setAdding] = useState(false);
  const [refused, setRefused] = useState(false);
  const [form] = Form.useForm<DeadlineOverrideInput>();
  const fail = useWriteFailure(form);
  const frequency = Form.useWatch('frequency', form);

  const noteRefusal = (error: unknown) => setRefused(isApiError(error) && error.status === 403);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await create.mutateAsync({ ...v, note: v.note?.trim() ?? '' });
      setAdding(false);
    } catch (error) {
      noteRefusal(error);
      fail(error);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Card
      title={t('sources.overrides.title')}
      size="small"
      style={{ marginTop: 16 }}
      data-testid="deadline-overrides"
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="override-add">
            {t('sources.overrides.add')}
          </Button>
        ) : null
      }
    >
      {refused ? (
        <Alert
          type="error"
          showIcon
          title={t('sources.overrides.forbidden')}
          style={{ marginBottom: 12 }}
          data-testid="override-forbidden"
        />
      ) : null}
      <Table<DeadlineOverride>
        size="small"
        rowKey="id"
        loading={overrides.isPending}
        dataSource={overrides.data?.items ?? []}
        pagination={false}
        columns={[
          {
            key: 'frequency',
            title: t('sources.reports.frequency'),
            render: (_, o) => label('frequencies', o.frequency, t),
          },
          { key: 'period', title: t('sources.reports.period'), render: (_, o) => periodText(o.periodKey, t) },
          { key: 'due', title: t('sources.overrides.dueDate'), dataIndex: 'dueDate' },
          { key: 'note', title: t('sources.overrides.note'), render: (_, o) => o.note || t('common.none') },
          ...(canWrite
            ? [
                {
                  key: 'delete',
                  title: '',
                  render: (_: unknown, o: DeadlineOverride) => (
                    <Popconfirm
                      title={t('sources.overrides.confirmDelete')}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(o.id).catch((error: unknown) => {
                          noteRefusal(error);
                          fail(error);
                        })
                      }
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        data-testid={`override-delete-${o.periodKey}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('sources.overrides.add')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'override-submit' }}
        confirmLoading={create.isPending}
        onOk={() => submit().catch(() => undefined)}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ frequency: 'annual' }}>
          <Form.Item name="frequency" label={t('sources.reports.frequency')} rules={[required]}>
            <Select options={labelOptions('frequencies', t)} data-testid="override-frequency" />
          </Form.Item>
          <Form.Item
            name="periodKey"
            label={t('sources.reports.period')}
            extra={t('sources.overrides.periodHint')}
            dependencies={['frequency']}
            rules={[
              required,
              {
                validator: (_, value: string | undefined) =>
                  !value || !frequency || PERIOD_KEY[frequency].test(value.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('sources.overrides.periodFormat'))),
              },
            ]}
          >
            <Input maxLength={7} data-testid="override-period" translate="no" />
          </Form.Item>
          <Form.Item name="dueDate" label={t('sources.overrides.dueDate')} rules={[required]}>
            <Input type="date" data-testid="override-due" />
          </Form.Item>
          <Form.Item name="note" label={t('sources.overrides.note')}>
            <Input.TextArea rows={2} maxLength={300} data-testid="override-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
