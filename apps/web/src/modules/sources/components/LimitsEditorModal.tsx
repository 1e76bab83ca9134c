import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Outlet, Permit, PermitLimit } from '@ecocloud/contracts';
import { AutoComplete, Button, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWriteFailure } from '../hooks/useWriteFailure';
import { useReplaceLimits } from '../hooks/useRegisterWrites';
import { labelOptions, pollutantText } from '../labels';

/** A row being edited: a new one has no value yet. */
type Row = Omit<PermitLimit, 'id' | 'outletId' | 'specialPeriod' | 'value'> & {
  value: number | null;
  specialPeriod?: string | null;
};
type Values = { limits: Row[] };

/** The pollutant codes the pollutant dictionary words (see sources.pollutants); a permit's other codes are kept. */
const POLLUTANTS = [
  'so2',
  'nox',
  'pm',
  'hg',
  'cod',
  'nh3n',
  'tp',
  'tn',
  'bod5',
  'ss',
  'ph',
  'pb',
  'cd',
  'as',
  'cr6',
  'f',
];
const UNITS = ['mg/m³', 'mg/L', 't/a', 'kg/h', 'kg/a'];
/** 取值时间 as permits write it (data, kept as written). */
const AVERAGING = ['小时均值', '日均值', '月均值', '年均值', '瞬时值'];

/** The limits as the PATCH sends them: every row, an empty special period as the normal limit (null). */
function limitsBody(rows: readonly Row[]) {
  return rows.map((r) => ({
    outletCode: r.outletCode.trim().toUpperCase(),
    pollutant: r.pollutant.trim(),
    limitType: r.limitType,
    value: r.value ?? 0, // validated before: a row without a value never gets here
    unit: r.unit.trim(),
    averagingPeriod: r.limitType === 'amount' ? '' : (r.averagingPeriod ?? '').trim(),
    specialPeriod: r.specialPeriod?.trim() ? r.specialPeriod.trim() : null,
  }));
}

/**
 * Edits a permit's limits as one table, outlet × pollutant × type (浓度/总量) × value × unit ×
 * averaging period × special period; saving replaces them all (PATCH /sources/permits/:id `limits`).
 * A row the server refuses (no such outlet, a duplicate) is marked on its own cell.
 */
export function LimitsEditorModal({
  open,
  enterpriseId,
  permit,
  outlets,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterpriseId: string;
  permit: Permit;
  outlets: Outlet[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fail = useWriteFailure(form);
  const replace = useReplaceLimits(enterpriseId);
  const pollutants = [...new Set([...POLLUTANTS, ...permit.limits.map((l) => l.pollutant)])];

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await replace.mutateAsync({ permitId: permit.id, limits: limitsBody(v.limits ?? []) });
      onSaved();
      onClose();
    } catch (error) {
      fail(error);
    }
  };

  const required = { required: true, message: t('common.required') };
  const blank: Row = {
    outletCode: outlets[0]?.code ?? '',
    pollutant: '',
    limitType: 'concentration',
    value: null,
    unit: outlets[0]?.kind === 'water' ? 'mg/L' : 'mg/m³',
    averagingPeriod: '',
    specialPeriod: null,
  };
  return (
    <Modal
      open={open}
      title={t('sources.limitsForm.title', { permitNo: permit.permitNo })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'limits-submit' }}
      confirmLoading={replace.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      width={1100}
      destroyOnHidden
    >
      <Form
        form={form}
        preserve={false}
        initialValues={{ limits: permit.limits.map(({ id: _id, outletId: _o, ...l }) => l) }}
      >
        <Form.List name="limits">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                data-testid="limits-editor"
                rowKey="key"
                pagination={false}
                dataSource={fields}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    key: 'outlet',
                    title: t('sources.field.outlet'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'outletCode']} rules={[required]} style={{ margin: 0 }}>
                        <Select
                          style={{ width: 150 }}
                          data-testid={`limit-outlet-${f.name}`}
                          options={outlets.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'pollutant',
                    title: t('sources.field.pollutant'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'pollutant']} rules={[required]} style={{ margin: 0 }}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          style={{ width: 140 }}
                          data-testid={`limit-pollutant-${f.name}`}
                          options={pollutants.map((p) => ({ value: p, label: pollutantText(p, t) }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'type',
                    title: t('sources.field.limitType'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'limitType']} rules={[required]} style={{ margin: 0 }}>
                        <Select style={{ width: 130 }} options={labelOptions('limitTypes', t)} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'value',
                    title: t('sources.field.limit'),
                    render: (_, f) => (
                      <Form.Item
                        name={[f.name, 'value']}
                        rules={[required, { type: 'number', min: 0.000001, message: t('sources.limitsForm.positive') }]}
                        style={{ margin: 0 }}
                      >
                        <InputNumber style={{ width: 100 }} data-testid={`limit-value-${f.name}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'unit',
                    title: t('sources.limitsForm.unit'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'unit']} rules={[required]} style={{ margin: 0 }}>
                        <AutoComplete style={{ width: 90 }} options={UNITS.map((value) => ({ value }))} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'avg',
                    title: t('sources.field.averagingPeriod'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'averagingPeriod']} style={{ margin: 0 }}>
                        <AutoComplete style={{ width: 110 }} options={AVERAGING.map((value) => ({ value }))} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'special',
                    title: t('sources.field.specialPeriod'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'specialPeriod']} style={{ margin: 0 }}>
                        <Input
                          style={{ width: 130 }}
                          maxLength={60}
                          placeholder={t('sources.limitsForm.normal')}
                          data-testid={`limit-special-${f.name}`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'remove',
                    title: '',
                    render: (_, f) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('sources.limitsForm.remove')}
                        data-testid={`limit-remove-${f.name}`}
                        onClick={() => remove(f.name)}
                      />
                    ),
                  },
                ]}
              />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                disabled={outlets.length === 0}
                onClick={() => add(blank)}
                data-testid="limit-add"
              >
                {outlets.length === 0 ? t('sources.limitsForm.noOutlet') : t('sources.limitsForm.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
