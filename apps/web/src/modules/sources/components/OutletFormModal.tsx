import type { Outlet, OutletInput } from '@ecocloud/contracts';
import { OXYGEN_STANDARDS } from '@ecocloud/standards';
import { AutoComplete, Col, Form, Input, Modal, Radio, Row, Select, Space, Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteFailure } from '../hooks/useWriteFailure';
import { useSaveOutlet } from '../hooks/useRegisterWrites';
import { label, labelOptions } from '../labels';
import { impliedOxygen, sourceTypesFor } from './oxygen-choice';
import { LocationFields } from './LocationFields';

type Values = {
  code: string;
  name: string;
  kind: Outlet['kind'];
  isMain: boolean;
  lon?: number | null;
  lat?: number | null;
  standard?: string;
  sourceType?: string | null;
  deviceMns?: string[];
  status: Outlet['status'];
};

const CODE = /^[A-Z]{2}\d{3,4}$/;

/**
 * Adds an outlet to an enterprise or edits one. For an air outlet under a standard that sets a
 * reference O₂, the source type is picked from packages/standards and the form shows the reference
 * O₂ it implies (⚠ 未核实 where the figure is not confirmed against the standard's text); the server
 * computes the same figure, it is never typed in.
 */
export function OutletFormModal({
  open,
  enterpriseId,
  outlet,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterpriseId: string;
  /** The outlet to edit; absent: a new one. */
  outlet?: Outlet;
  onClose: () => void;
  onSaved: (o: Outlet) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fail = useWriteFailure(form);
  const save = useSaveOutlet(enterpriseId);
  const kind = Form.useWatch('kind', form);
  const standard = Form.useWatch('standard', form);
  const sourceType = Form.useWatch('sourceType', form);
  const sourceTypes = sourceTypesFor(kind, standard);
  const oxygen = impliedOxygen(kind, standard, sourceType);

  // A source type the standard does not list would silently give no reference O₂: clear it.
  useEffect(() => {
    if (sourceType && !sourceTypes.includes(sourceType as never)) form.setFieldValue('sourceType', null);
  }, [form, sourceType, sourceTypes]);

  const submit = async () => {
    const v = await form.validateFields();
    const body: Omit<OutletInput, 'code'> = {
      name: v.name,
      kind: v.kind,
      isMain: v.isMain,
      lon: v.lon ?? null,
      lat: v.lat ?? null,
      standard: v.standard?.trim() ?? '',
      sourceType: v.sourceType ?? null,
      deviceMns: v.deviceMns ?? [],
      status: v.status,
    };
    try {
      const saved = await save.mutateAsync(
        outlet ? { id: outlet.id, patch: body } : { input: { ...body, code: v.code.trim().toUpperCase() } },
      );
      onSaved(saved);
      onClose();
    } catch (error) {
      fail(error);
    }
  };

  const required = { required: true, message: t('common.required') };
  const initialValues: Partial<Values> = outlet
    ? { ...outlet }
    : { kind: 'gas', isMain: false, status: 'active', deviceMns: [], sourceType: null };
  return (
    <Modal
      open={open}
      title={t(outlet ? 'sources.outletForm.editTitle' : 'sources.outletForm.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'outlet-submit' }}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="code"
              label={t('sources.field.outletCode')}
              extra={t('sources.outletForm.codeHint')}
              normalize={(v: string) => v.toUpperCase()}
              rules={[required, { pattern: CODE, message: t('sources.outletForm.codeFormat') }]}
            >
              <Input data-testid="outlet-code" maxLength={6} disabled={outlet !== undefined} translate="no" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('sources.field.outletName')} rules={[{ ...required, whitespace: true }]}>
              <Input data-testid="outlet-name" maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('sources.field.outletKind')} rules={[required]}>
              <Radio.Group data-testid="outlet-kind" options={labelOptions('outletKinds', t)} optionType="button" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="isMain" label={t('sources.field.outletRole')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: t('sources.outletRoles.main') },
                  { value: false, label: t('sources.outletRoles.general') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="status" label={t('sources.field.status')}>
              <Select options={labelOptions('outletStatuses', t)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="standard" label={t('sources.field.standard')} extra={t('sources.outletForm.standardHint')}>
              <AutoComplete
                data-testid="outlet-standard"
                maxLength={60}
                options={OXYGEN_STANDARDS.map((s) => ({
                  value: s.code,
                  label: `${s.code} ${label('oxygenStandards', s.id, t)}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sourceType" label={t('sources.field.sourceType')}>
              <Select
                data-testid="outlet-source-type"
                allowClear
                disabled={sourceTypes.length === 0}
                placeholder={sourceTypes.length === 0 ? t('sources.outletForm.noSourceType') : undefined}
                options={sourceTypes.map((s) => ({ value: s, label: label('oxygenSourceTypes', s, t) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('sources.field.oxygen')}>
              <span data-testid="outlet-oxygen">
                {oxygen ? (
                  <Space size={4}>
                    <span>{oxygen.percent}%</span>
                    {oxygen.verified ? null : (
                      <Tooltip title={t('sources.file.unverifiedHint')}>
                        <Tag color="warning" data-testid="outlet-oxygen-unverified">
                          ⚠ {t('sources.file.unverified')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                ) : (
                  t('sources.outletForm.noOxygen')
                )}
              </span>
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deviceMns" label={t('sources.field.loggers')} extra={t('sources.outletForm.mnHint')}>
              <Select mode="tags" data-testid="outlet-mns" open={false} tokenSeparators={[',', '，', ' ']} />
            </Form.Item>
          </Col>
          <LocationFields />
        </Row>
      </Form>
    </Modal>
  );
}
