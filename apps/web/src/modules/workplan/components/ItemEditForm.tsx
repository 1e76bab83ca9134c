import type { UpdateItemBody } from '@ecocloud/contracts';
import { Button, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from '../../orgs/shared';
import { useUpdateItem } from '../hooks/useItemEdit';
import type { Item } from '../types';

type Values = {
  title: string;
  deadline: string;
  deadlineConfirmed?: boolean;
  leadUnitIds: string[];
  coUnitIds: string[];
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The importer guessed these deadlines: an official confirms them (the server then marks them `manual`). */
const GUESSED = new Set(['default', 'inherited']);

/**
 * Edits an item after import: its title, deadline, lead units and co-units (each list sent only when
 * it changed, and then replaces the item's). A guessed deadline can be confirmed unchanged. Opens from a
 * button; the server audits the change and checks the reach.
 */
export function ItemEditForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const update = useUpdateItem(item.id);
  const unitsOf = (role: 'lead' | 'co') => item.units.filter((u) => u.role === role).map((u) => u.orgId);
  const guessed = GUESSED.has(item.deadlineSource ?? '');

  const submit = (v: Values) => {
    const deadline = v.deadline.trim() === '' ? null : v.deadline.trim();
    const patch: UpdateItemBody = {
      title: v.title.trim(),
      ...(deadline !== item.deadline || v.deadlineConfirmed ? { deadline } : {}),
      ...(sameSet(v.leadUnitIds, unitsOf('lead')) ? {} : { leadUnitIds: v.leadUnitIds }),
      ...(sameSet(v.coUnitIds, unitsOf('co')) ? {} : { coUnitIds: v.coUnitIds }),
    };
    update.mutate(patch, { onSuccess: () => setOpen(false) });
  };

  return (
    <>
      <Button data-testid="item-edit" onClick={() => setOpen(true)}>
        {t('workplan.edit.open')}
      </Button>
      <Modal
        open={open}
        title={t('workplan.edit.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('workplan.edit.save')}
        okButtonProps={{ loading: update.isPending, 'data-testid': 'item-edit-save' }}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            title: item.title,
            deadline: item.deadline ?? '',
            leadUnitIds: unitsOf('lead'),
            coUnitIds: unitsOf('co'),
          }}
          onFinish={submit}
        >
          <Form.Item
            name="title"
            label={t('workplan.item.titleCol')}
            rules={[{ required: true, whitespace: true, message: t('workplan.edit.titleRule') }]}
          >
            <Input data-testid="item-edit-title" maxLength={500} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('workplan.item.deadline')}
            rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: t('workplan.edit.dateRule') }]}
            {...(item.deadlineSource ? { extra: t(`workplan.item.deadlineSources.${item.deadlineSource}`) } : {})}
          >
            <Input data-testid="item-edit-deadline" placeholder="YYYY-MM-DD" />
          </Form.Item>
          {guessed ? (
            <Form.Item name="deadlineConfirmed" valuePropName="checked">
              <Checkbox data-testid="item-edit-deadline-confirm">{t('workplan.edit.deadlineConfirm')}</Checkbox>
            </Form.Item>
          ) : null}
          <Form.Item name="leadUnitIds" label={t('workplan.item.leadUnits')}>
            <OrgSelect
              mode="multiple"
              data-testid="item-edit-lead-units"
              placeholder={t('workplan.edit.unitsPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="coUnitIds" label={t('workplan.item.coUnits')}>
            <OrgSelect
              mode="multiple"
              data-testid="item-edit-co-units"
              placeholder={t('workplan.edit.unitsPlaceholder')}
            />
          </Form.Item>
        </Form>
        {update.isError ? <div data-testid="item-edit-error">{t('workplan.edit.failed')}</div> : null}
      </Modal>
    </>
  );
}
