import type { SplitItemBody } from '@ecocloud/contracts';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { OrgSelect } from '../../orgs/shared';
import { useSplitItem } from '../hooks/useItemEdit';
import type { Item } from '../types';
import { ActionError } from './ActionError';

type Part = { title: string; deadline?: string; leadUnitIds?: string[] };
type Values = { parts: Part[] };

const MAX_PARTS = 20;

/**
 * 拆分: splits the item into parts (title, deadline, lead units each; left empty, a part keeps the
 * item's). The first part keeps the item itself with its children, indicators and reports; the page
 * then shows it.
 */
export function ItemSplitModal({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const split = useSplitItem(item.id, item.planId);
  const close = () => {
    setOpen(false);
    split.reset();
  };
  const submit = (v: Values) => {
    const body: SplitItemBody = {
      parts: v.parts.map((p) => ({
        title: p.title.trim(),
        ...(p.deadline?.trim() ? { deadline: p.deadline.trim() } : {}),
        ...(p.leadUnitIds?.length ? { leadUnitIds: p.leadUnitIds } : {}),
      })),
    };
    split.mutate(body, {
      onSuccess: (res) => {
        void message.success(t('workplan.split.done', { count: body.parts.length }));
        close();
        navigate(`/app/workplan/items/${encodeURIComponent(res.items[0]?.id ?? item.id)}`);
      },
    });
  };
  return (
    <>
      <Button data-testid="item-split" onClick={() => setOpen(true)}>
        {t('workplan.split.open')}
      </Button>
      <Modal
        open={open}
        width={640}
        title={t('workplan.split.title')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('workplan.split.submit')}
        okButtonProps={{ loading: split.isPending, 'data-testid': 'item-split-submit' }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('workplan.split.hint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ parts: [{ title: item.title }, { title: '' }] }}
          onFinish={submit}
        >
          <Form.List name="parts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Card
                    key={field.key}
                    size="small"
                    style={{ marginBottom: 8 }}
                    title={t('workplan.split.part', { n: i + 1 })}
                    extra={
                      fields.length > 2 ? (
                        <Button
                          type="text"
                          size="small"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('workplan.split.remove')}
                          data-testid={`item-split-part-${i}-remove`}
                          onClick={() => remove(field.name)}
                        />
                      ) : null
                    }
                  >
                    <Form.Item
                      name={[field.name, 'title']}
                      label={t('workplan.split.partTitle')}
                      rules={[{ required: true, whitespace: true, message: t('workplan.edit.titleRule') }]}
                    >
                      <Input data-testid={`item-split-part-${i}-title`} maxLength={500} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'deadline']}
                      label={t('workplan.split.deadline')}
                      rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: t('workplan.edit.dateRule') }]}
                    >
                      <Input
                        data-testid={`item-split-part-${i}-deadline`}
                        placeholder={item.deadline ?? 'YYYY-MM-DD'}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'leadUnitIds']} label={t('workplan.split.leadUnits')}>
                      <OrgSelect
                        mode="multiple"
                        data-testid={`item-split-part-${i}-lead-units`}
                        placeholder={t('workplan.edit.unitsPlaceholder')}
                      />
                    </Form.Item>
                  </Card>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  data-testid="item-split-add"
                  disabled={fields.length >= MAX_PARTS}
                  onClick={() => add({ title: '' })}
                >
                  {t('workplan.split.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
        <ActionError error={split.error} testId="item-split-error" />
      </Modal>
    </>
  );
}
