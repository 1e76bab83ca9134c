import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from '../../orgs/shared';
import { useUpdateItem } from '../hooks/useItemEdit';
import type { Item } from '../types';

type Values = { title: string; deadline: string; leadUnitId?: string };

/**
 * Edits an item after import: its title, deadline and lead unit (the one chosen replaces the lead
 * units; co-leads stay). Opens from a button; the server audits the change and checks the reach.
 */
export function ItemEditForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const update = useUpdateItem(item.id);
  const lead = item.units.find((u) => u.role === 'lead')?.orgId;

  const submit = (v: Values) =>
    update.mutate(
      {
        title: v.title.trim(),
        deadline: v.deadline.trim() === '' ? null : v.deadline.trim(),
        ...(v.leadUnitId && v.leadUnitId !== lead ? { leadUnitIds: [v.leadUnitId] } : {}),
      },
      { onSuccess: () => setOpen(false) },
    );

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
          initialValues={{ title: item.title, deadline: item.deadline ?? '', leadUnitId: lead }}
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
          >
            <Input data-testid="item-edit-deadline" placeholder="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="leadUnitId" label={t('workplan.item.leadUnits')}>
            <OrgSelect />
          </Form.Item>
        </Form>
        {update.isError ? <div data-testid="item-edit-error">{t('workplan.edit.failed')}</div> : null}
      </Modal>
    </>
  );
}
