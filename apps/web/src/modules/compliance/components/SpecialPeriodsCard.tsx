import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { useRegionNames } from '../../dictionaries/shared';
import type { SpecialPeriod } from '../api';
import { useCreateSpecialPeriod, useDeleteSpecialPeriod, useSpecialPeriods } from '../hooks/useComplianceAdmin';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { beijingInstant } from '../time-range';

type Values = { name: string; regionCode: string; range: [Dayjs, Dayjs]; note?: string };

/** The special periods in force (重污染天气 …): their limits apply while they last. Listed, added, deleted. */
export function SpecialPeriodsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const periods = useSpecialPeriods();
  const create = useCreateSpecialPeriod();
  const remove = useDeleteSpecialPeriod();
  const regions = useRegionOptions();
  const regionName = useRegionNames();

  const submit = async (v: Values) => {
    await create.mutateAsync({
      name: v.name.trim(),
      regionCode: v.regionCode,
      start: beijingInstant(v.range[0].format('YYYY-MM-DDTHH:mm')),
      end: beijingInstant(v.range[1].format('YYYY-MM-DDTHH:mm')),
      note: v.note?.trim() ?? '',
    });
    void message.success(t('compliance.settings.added'));
    form.resetFields();
  };

  return (
    <Card title={t('compliance.settings.periods')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('compliance.settings.periodsHint')}</Typography.Paragraph>
      <Table<SpecialPeriod>
        size="small"
        rowKey="id"
        data-testid="special-periods-table"
        loading={periods.isFetching}
        dataSource={periods.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('compliance.settings.noPeriods') }}
        columns={[
          { key: 'name', title: t('compliance.settings.name'), dataIndex: 'name' },
          { key: 'region', title: t('compliance.settings.region'), render: (_, p) => regionName(p.regionCode) },
          {
            key: 'start',
            title: t('compliance.settings.start'),
            render: (_, p) => formatInstant(p.start).slice(0, 16),
          },
          { key: 'end', title: t('compliance.settings.end'), render: (_, p) => formatInstant(p.end).slice(0, 16) },
          { key: 'note', title: t('compliance.settings.note'), dataIndex: 'note' },
          {
            key: 'delete',
            title: '',
            render: (_, p) => (
              <Popconfirm
                title={t('compliance.settings.confirmDelete')}
                onConfirm={async () => {
                  await remove.mutateAsync(p.id);
                  void message.success(t('compliance.settings.deleted'));
                }}
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  data-testid={`special-period-delete-${p.id}`}
                >
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form<Values>
        form={form}
        layout="inline"
        onFinish={submit}
        disabled={create.isPending}
        style={{ marginTop: 16, rowGap: 8 }}
      >
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="special-period-name" placeholder={t('compliance.settings.name')} maxLength={60} />
        </Form.Item>
        <Form.Item name="regionCode" rules={[{ required: true, message: t('common.required') }]}>
          <Select
            data-testid="special-period-region"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('compliance.settings.region')}
            style={{ width: 160 }}
            options={regions}
          />
        </Form.Item>
        <Form.Item name="range" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder={t('compliance.settings.note')} maxLength={500} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={create.isPending}
          data-testid="special-period-add"
        >
          {t('compliance.settings.add')}
        </Button>
      </Form>
    </Card>
  );
}
