import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInitProvince, useSetupStatus } from '../api';
import { PageHeader } from '../../../ui/PageHeader';

type FormValues = { province: string; name?: string; counties: boolean };

/**
 * First run without the demo: the admin chooses the province; the server then creates its
 * department, prefecture-level organisations (and counties), the region names and the base map.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  const init = useInitProvince();
  const [form] = Form.useForm<FormValues>();
  const [done, setDone] = useState(false);
  const installed = status.data?.installed ?? [];
  const result = init.data;
  return (
    <>
      <PageHeader title={t('setup.title')} />
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      {installed.length > 0 && !done ? (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          title={t('setup.installed', { names: installed.map((p) => p.name).join('、') })}
        />
      ) : null}
      {done && result ? (
        <Result
          status="success"
          title={t('setup.done', { name: result.province.orgName })}
          subTitle={t('setup.summary', {
            cities: result.cities,
            counties: result.counties,
            orgs: result.created.orgs,
            regions: result.created.regions,
            features: result.map.features,
          })}
          extra={[
            <Link key="stations" to="/app/monitoring/stations">
              <Button type="primary" data-testid="setup-next-stations">
                {t('setup.nextStations')}
              </Button>
            </Link>,
            <Button key="again" onClick={() => setDone(false)}>
              {t('setup.again')}
            </Button>,
          ]}
        />
      ) : (
        <Card style={{ maxWidth: 640 }}>
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={{ counties: false }}
            onFinish={(v) =>
              init.mutate(
                { province: v.province, counties: v.counties, ...(v.name ? { name: v.name } : {}) },
                { onSuccess: () => setDone(true) },
              )
            }
          >
            <Form.Item
              name="province"
              label={t('setup.province')}
              rules={[{ required: true, message: t('setup.provinceRequired') }]}
            >
              <Select
                data-testid="setup-province"
                showSearch={{ optionFilterProp: 'label' }}
                loading={status.isPending}
                placeholder={t('setup.provincePlaceholder')}
                options={(status.data?.provinces ?? []).map((p) => ({
                  value: p.code,
                  label: `${p.name}（${p.code}）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="name" label={t('setup.name')} extra={t('setup.nameHint')}>
              <Input data-testid="setup-name" maxLength={100} />
            </Form.Item>
            <Form.Item name="counties" valuePropName="checked">
              <Checkbox data-testid="setup-counties">{t('setup.counties')}</Checkbox>
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={init.isPending} data-testid="setup-submit">
                {t('setup.submit')}
              </Button>
            </Space>
          </Form>
        </Card>
      )}
      {result && done ? (
        <Descriptions
          style={{ marginTop: 16, maxWidth: 640 }}
          size="small"
          column={1}
          bordered
          items={[
            { key: 'code', label: t('setup.province'), children: `${result.province.name}（${result.province.code}）` },
          ]}
        />
      ) : null}
    </>
  );
}
