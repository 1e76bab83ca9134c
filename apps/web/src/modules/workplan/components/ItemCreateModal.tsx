import { ITEM_KINDS } from '@ecocloud/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, TreeSelect, Typography, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { OrgSelect } from '../../orgs/shared';
import { useCreateItem } from '../hooks/useItemCreate';
import { useItems } from '../hooks/useItems';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { createBody, createFieldErrors, isCalendarDate, kindUnder, type CreateValues } from '../item-create-form';
import { itemLabel, moveTargets, TOP_LEVEL } from '../item-tree';
import type { Item } from '../types';
import { ActionError } from './ActionError';

/** No item has this id: the parent picker of a new item leaves no branch out. */
const NO_ITEM = '';

/**
 * 新增事项 (on the board: any parent the caller reaches, or the top level) and 新增下级事项 (on an
 * item's page: the parent fixed to it). Writers only, never under a parent shown just for context. The
 * kind follows the parent (a task under a heading, a measure under a task) until the official changes it.
 * Once created, the plan's views refresh and the new item's page opens.
 */
export function ItemCreateModal({ planId, parent }: { planId: string; parent?: Item }) {
  const { me } = useSession();
  if (!hasPermission(me, 'workplan:write') || parent?.context) return null;
  return <ItemCreateButton planId={planId} parent={parent} />;
}

function ItemCreateButton({ planId, parent }: { planId: string; parent: Item | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [unplaced, setUnplaced] = useState(false); // a refusal no field of the form can show
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateItem(planId);
  const close = () => {
    setOpen(false);
    setUnplaced(false);
    create.reset();
  };
  const submit = (values: CreateValues) => {
    setUnplaced(false);
    create.mutate(createBody(values), {
      onSuccess: (item) => {
        void message.success(t('workplan.create.done'));
        close();
        navigate(`/app/workplan/items/${encodeURIComponent(item.id)}`);
      },
      onError: (error) => {
        const { fields, rest } = createFieldErrors(error, t);
        form.setFields(fields);
        setUnplaced(rest);
      },
    });
  };
  return (
    <>
      <Button
        data-testid={parent ? 'item-create-child' : 'item-create'}
        icon={<PlusOutlined />}
        onClick={() => setOpen(true)}
      >
        {parent ? t('workplan.create.openChild') : t('workplan.create.open')}
      </Button>
      <Modal
        open={open}
        width={640}
        title={parent ? t('workplan.create.titleChild') : t('workplan.create.title')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('workplan.create.submit')}
        okButtonProps={{ loading: create.isPending, 'data-testid': 'item-create-submit' }}
        destroyOnHidden
      >
        <ItemCreateFields form={form} planId={planId} parent={parent} onFinish={submit} />
        {unplaced ? <ActionError error={create.error} testId="item-create-error" /> : null}
      </Modal>
    </>
  );
}

/** The form itself, mounted only while the modal is open: the plan's items and the regions load then. */
function ItemCreateFields({
  form,
  planId,
  parent,
  onFinish,
}: {
  form: FormInstance<CreateValues>;
  planId: string;
  parent: Item | undefined;
  onFinish: (values: CreateValues) => void;
}) {
  const { t } = useTranslation();
  const items = useItems(parent ? undefined : planId);
  const regions = useRegionOptions();
  const parents = useMemo(
    () => moveTargets(items.data?.items ?? [], NO_ITEM, t('workplan.create.top')),
    [items.data, t],
  );
  const kinds = ITEM_KINDS.map((k) => ({ value: k, label: t(`workplan.kinds.${k}`) }));
  const kindOf = (parentId: string) => items.data?.items.find((i) => i.id === parentId)?.kind;
  return (
    <Form<CreateValues>
      form={form}
      layout="vertical"
      preserve={false}
      initialValues={{
        parentId: parent?.id ?? TOP_LEVEL,
        kind: kindUnder(parent?.kind),
        number: '',
        title: '',
        text: '',
        leadUnitIds: [],
        coUnitIds: [],
        regionCodes: [],
        deadline: '',
      }}
      onValuesChange={(changed: Partial<CreateValues>) => {
        if (changed.parentId !== undefined) form.setFieldValue('kind', kindUnder(kindOf(changed.parentId)));
      }}
      onFinish={onFinish}
    >
      <Form.Item name="parentId" label={t('workplan.create.parent')}>
        {parent ? (
          <FixedParent text={itemLabel(parent)} />
        ) : (
          <TreeSelect<string>
            data-testid="item-create-parent"
            treeData={parents}
            loading={items.isPending}
            showSearch={{ treeNodeFilterProp: 'title' }}
            treeDefaultExpandAll
          />
        )}
      </Form.Item>
      <Form.Item name="kind" label={t('workplan.create.kind')}>
        <Select data-testid="item-create-kind" options={kinds} />
      </Form.Item>
      <Form.Item name="number" label={t('workplan.create.number')}>
        <Input data-testid="item-create-number" maxLength={20} placeholder={t('workplan.create.numberPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('workplan.create.itemTitle')}
        rules={[{ required: true, whitespace: true, message: t('workplan.create.titleRule') }]}
      >
        <Input data-testid="item-create-title" maxLength={500} />
      </Form.Item>
      <Form.Item name="text" label={t('workplan.create.text')}>
        <Input.TextArea data-testid="item-create-text" maxLength={20000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="leadUnitIds" label={t('workplan.create.leadUnits')}>
        <OrgSelect mode="multiple" data-testid="item-create-lead-units" placeholder={t('workplan.create.unitsHint')} />
      </Form.Item>
      <Form.Item name="coUnitIds" label={t('workplan.create.coUnits')}>
        <OrgSelect mode="multiple" data-testid="item-create-co-units" placeholder={t('workplan.create.unitsHint')} />
      </Form.Item>
      <Form.Item name="regionCodes" label={t('workplan.create.regions')}>
        <Select
          mode="multiple"
          data-testid="item-create-regions"
          options={regions}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('workplan.create.regionsHint')}
        />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('workplan.create.deadline')}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              !value?.trim() || isCalendarDate(value.trim())
                ? Promise.resolve()
                : Promise.reject(new Error(t('workplan.create.dateRule'))),
          },
        ]}
      >
        <Input data-testid="item-create-deadline" placeholder="YYYY-MM-DD" />
      </Form.Item>
    </Form>
  );
}

/** The parent of 新增下级事项: shown, not chosen (the form still holds its id, and a refusal of it shows here). */
function FixedParent({ text }: { text: string }) {
  return <Typography.Text data-testid="item-create-parent">{text}</Typography.Text>;
}
