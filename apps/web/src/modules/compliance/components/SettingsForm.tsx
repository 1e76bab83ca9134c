import type { ComplianceSettings } from '@ecocloud/contracts';
import { App, Button, Card, Form, InputNumber, Select, Skeleton, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSettings, useUpdateSettings } from '../hooks/useComplianceAdmin';

const FORMULAS: ComplianceSettings['transmissionFormula'][] = ['product', 'valid_only'];

/** The judgement settings an administrator sets (the national practice varies by province). */
export function SettingsForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const update = useUpdateSettings();
  if (settings.isPending) return <Skeleton active />;
  if (!settings.data) return null;
  return (
    <Card title={t('compliance.settings.form')}>
      <Form<ComplianceSettings>
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={settings.data}
        disabled={update.isPending}
        onFinish={async (values) => {
          await update.mutateAsync(values);
          void message.success(t('compliance.settings.saved'));
        }}
      >
        <Form.Item
          name="transmissionFormula"
          label={t('compliance.settings.transmissionFormula')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="settings-formula"
            options={FORMULAS.map((f) => ({ value: f, label: t(`compliance.settings.formulas.${f}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="missingDataHours"
          label={t('compliance.settings.missingDataHours')}
          rules={[{ required: true }]}
        >
          <InputNumber data-testid="settings-missing-hours" min={1} max={168} precision={0} />
        </Form.Item>
        <Form.Item
          name="transmissionAlertPercent"
          label={t('compliance.settings.transmissionAlertPercent')}
          rules={[{ required: true }]}
        >
          <InputNumber data-testid="settings-alert-percent" min={0} max={100} />
        </Form.Item>
        <Form.Item
          name="phMin"
          rules={[{ required: true }]}
          label={
            <>
              {t('compliance.settings.phMin')}
              <Tooltip title={t('compliance.settings.unverifiedHint')}>
                <Tag color="warning" style={{ marginLeft: 8 }} data-testid="settings-ph-unverified">
                  {t('compliance.settings.unverified')}
                </Tag>
              </Tooltip>
            </>
          }
        >
          <InputNumber data-testid="settings-ph-min" min={0} max={14} step={0.5} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="settings-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
