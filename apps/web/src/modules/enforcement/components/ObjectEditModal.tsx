import { MANUAL_SPECIAL_CRITERIA, OBJECT_LIBRARIES, type InspectionObject } from '@ecocloud/contracts';
import { Alert, App, Checkbox, Form, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseErrorText } from '../error-text';
import { useSaveObject } from '../hooks/useInspections';
import { criterionText, libraryText } from '../inspection-labels';

type Values = { library: string; reasons: string[]; positiveList: boolean };
const NONE = '';

/** The manual parts of a unit's placement: a library by hand, the special criteria, the positive list. */
export function ObjectEditModal({ object, onClose }: { object: InspectionObject | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveObject();
  const submit = async () => {
    if (!object) return;
    const v = await form.validateFields();
    await save.mutateAsync({
      enterpriseId: object.enterpriseId,
      body: {
        ...(v.library ? { library: v.library as InspectionObject['library'] } : {}),
        reasons: v.reasons as InspectionObject['manualReasons'],
        positiveList: v.positiveList,
      },
    });
    void message.success(t('enforcement.inspections.objects.saved'));
    onClose();
  };
  return (
    <Modal
      open={object !== null}
      title={t('enforcement.inspections.objects.editTitle', { name: object?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'object-edit-submit' }}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the alert
      onCancel={onClose}
      destroyOnHidden
    >
      {object ? (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            library: object.manualLibrary ?? NONE,
            reasons: object.manualReasons,
            positiveList: object.positiveList,
          }}
        >
          <Form.Item name="library" label={t('enforcement.inspections.objects.manualLibrary')}>
            <Select
              options={[
                { value: NONE, label: t('enforcement.inspections.objects.manualLibraryNone') },
                ...OBJECT_LIBRARIES.map((l) => ({ value: l, label: libraryText(l, t) })),
              ]}
            />
          </Form.Item>
          <Form.Item name="reasons" label={t('enforcement.inspections.objects.manualReasons')}>
            <Checkbox.Group options={MANUAL_SPECIAL_CRITERIA.map((c) => ({ value: c, label: criterionText(c, t) }))} />
          </Form.Item>
          <Form.Item
            name="positiveList"
            label={t('enforcement.inspections.objects.positiveList')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      ) : null}
      {save.error ? <Alert type="error" showIcon title={caseErrorText(save.error, t)} /> : null}
    </Modal>
  );
}
