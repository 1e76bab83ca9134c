import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useApiKeys, useCreateApiKey, useDeleteApiKey, useSetApiKeyActive } from '../hooks/useAdmin';
import type { ApiKey } from '../types';
import { formatInstant } from '../../../ui/format-time';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/assessment/api-keys — open-data keys: create (the key is shown once), enable/disable, delete. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const setActive = useSetApiKeyActive();
  const remove = useDeleteApiKey();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; rateLimit: number }>();

  const submit = async () => {
    const values = await form.validateFields();
    const answer = await create.mutateAsync(values);
    setCreated(answer.key);
    form.resetFields();
  };
  const close = () => {
    setOpen(false);
    setCreated(null);
  };

  return (
    <>
      <PageHeader
        title={t('assessment.apiKeys.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="apikey-create">
            {t('assessment.apiKeys.create')}
          </Button>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">
          <Trans i18nKey="assessment.apiKeys.help" components={{ c: <code translate="no" /> }} />{' '}
          <a href="/api/docs" translate="no">
            /api/docs
          </a>
        </Typography.Paragraph>
        <Table<ApiKey>
          data-testid="apikeys-table"
          rowKey="id"
          size="small"
          loading={keys.isFetching}
          dataSource={keys.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('assessment.apiKeys.name'), dataIndex: 'name' },
            {
              title: t('assessment.apiKeys.prefix'),
              dataIndex: 'keyPrefix',
              render: (p: string) => <Typography.Text code>{p}…</Typography.Text>,
            },
            { title: t('assessment.apiKeys.rateLimit'), dataIndex: 'rateLimit' },
            {
              title: t('assessment.apiKeys.lastUsed'),
              dataIndex: 'lastUsedAt',
              render: (v: string | null) => (v ? formatInstant(v) : '—'),
            },
            {
              title: t('assessment.apiKeys.createdAt'),
              dataIndex: 'createdAt',
              render: (v: string) => formatInstant(v),
            },
            {
              title: t('assessment.apiKeys.active'),
              dataIndex: 'isActive',
              render: (active: boolean, k) => (
                <Switch
                  data-testid={`apikey-active-${k.id}`}
                  checked={active}
                  loading={setActive.isPending}
                  onChange={(isActive) => setActive.mutate({ id: k.id, isActive })}
                />
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, k) => (
                <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(k.id)}>
                  <Button type="link" danger size="small" data-testid={`apikey-delete-${k.id}`}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('assessment.apiKeys.create')}
        onCancel={close}
        destroyOnHidden
        footer={
          created ? (
            <Button onClick={close}>{t('assessment.apiKeys.done')}</Button>
          ) : (
            <Space>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                loading={create.isPending}
                onClick={() => void submit().catch(() => undefined)}
                data-testid="apikey-save"
              >
                {t('common.create')}
              </Button>
            </Space>
          )
        }
      >
        {created ? (
          <Alert
            type="warning"
            showIcon
            title={t('assessment.apiKeys.shownOnce')}
            description={
              <Typography.Text code copyable data-testid="apikey-secret">
                {created}
              </Typography.Text>
            }
          />
        ) : (
          <Form form={form} layout="vertical" initialValues={{ rateLimit: 60 }}>
            <Form.Item name="name" label={t('assessment.apiKeys.name')} rules={[{ required: true, max: 200 }]}>
              <Input data-testid="apikey-name" />
            </Form.Item>
            <Form.Item name="rateLimit" label={t('assessment.apiKeys.rateLimit')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
