import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitReport } from '../hooks/useProgress';
import { defaultRound, isValidPercent, MAX_ATTACHMENT_BYTES, readAsBase64, shanghaiToday } from '../report-rules';
import type { Item, Round } from '../types';

type Values = {
  roundId?: string;
  unitId?: string;
  text?: string;
  percent?: number | null;
  values?: Record<string, number | null>;
};

/**
 * A unit reports progress on an item for a round: text, percent (integer 0–100), values of the
 * manual indicators (live ones come from the data) and attachments (≤ 5 MB each, sent as base64 in the JSON body as the API expects).
 */
export function ReportForm({
  item,
  rounds,
  defaultUnitId,
}: {
  item: Item;
  rounds: readonly Round[];
  defaultUnitId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const submit = useSubmitReport(item.id);
  const initialRound = defaultRound(rounds, shanghaiToday());
  // Live indicators are read from the monitoring data: only manual ones are asked for.
  const manual = item.indicators.filter((i) => i.source !== 'live');
  // Reports go under a lead or co-lead unit; when the user's own unit is none, one must be chosen.
  const unitRequired = defaultUnitId === undefined && item.units.length > 0;

  if (rounds.length === 0) {
    return (
      <Card size="small" title={t('workplan.reportForm.title')}>
        <span data-testid="report-no-rounds">{t('workplan.reportForm.noRounds')}</span>
      </Card>
    );
  }

  const onFinish = async (v: Values) => {
    const attachments = await Promise.all(
      files.map(async (f) => ({
        filename: f.name,
        contentType: f.type || 'application/octet-stream',
        contentBase64: await readAsBase64(f.originFileObj as Blob),
      })),
    );
    const values = manual.flatMap((i) => {
      const value = v.values?.[i.id];
      return typeof value === 'number' ? [{ indicatorId: i.id, value }] : [];
    });
    submit.mutate(
      { roundId: v.roundId!, unitId: v.unitId, text: v.text!.trim(), percent: v.percent!, values, attachments },
      {
        onSuccess: () => {
          void message.success(t('workplan.reportForm.submitted'));
          setFiles([]);
        },
      },
    );
  };

  return (
    <Card size="small" title={t('workplan.reportForm.title')}>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="report-form"
        initialValues={{ roundId: initialRound?.id, unitId: defaultUnitId }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="roundId"
          label={t('workplan.reportForm.round')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="report-round"
            options={rounds.map((r) => ({ value: r.id, label: `${r.label}（${r.dueDate}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('workplan.reportForm.unit')}
          rules={unitRequired ? [{ required: true, message: t('workplan.reportForm.unitRequired') }] : []}
        >
          <Select
            data-testid="report-unit"
            allowClear={!unitRequired}
            placeholder={unitRequired ? t('workplan.reportForm.unitChoose') : t('workplan.reportForm.unitDefault')}
            options={item.units.map((u) => ({
              value: u.orgId,
              label: `${u.orgName}（${t(`workplan.roles.${u.role}`)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('workplan.reportForm.text')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea data-testid="report-text" rows={3} maxLength={20000} />
        </Form.Item>
        <Form.Item
          name="percent"
          label={t('workplan.reportForm.percent')}
          // No min/max on the input: it would clamp silently, and a person should see why 150 is refused.
          rules={[
            {
              validator: (_, value: unknown) =>
                isValidPercent(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('workplan.reportForm.percentRule'))),
            },
          ]}
        >
          <InputNumber data-testid="report-percent" style={{ width: 160 }} />
        </Form.Item>
        {manual.map((i) => (
          <Form.Item
            key={i.id}
            name={['values', i.id]}
            label={`${t('workplan.reportForm.values')}：${i.name}${i.unit ? `（${i.unit}）` : ''}`}
          >
            <InputNumber data-testid={`report-value-${i.id}`} style={{ width: 200 }} />
          </Form.Item>
        ))}
        <Form.Item label={t('workplan.reportForm.attachments')}>
          <Upload
            multiple
            fileList={files}
            beforeUpload={(file) => {
              if (file.size > MAX_ATTACHMENT_BYTES) {
                void message.error(t('workplan.reportForm.tooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              setFiles((prev) => [
                ...prev,
                { uid: file.uid, name: file.name, type: file.type, size: file.size, originFileObj: file },
              ]);
              return false; // sent with the report, not uploaded on its own
            }}
            onRemove={(file) => setFiles((prev) => prev.filter((f) => f.uid !== file.uid))}
          >
            <Button icon={<UploadOutlined />}>{t('workplan.reportForm.addFile')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="report-submit">
          {t('workplan.reportForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}
