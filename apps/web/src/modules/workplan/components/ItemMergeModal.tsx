import { App, Button, Modal, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMergeItems } from '../hooks/useItemEdit';
import { useItems } from '../hooks/useItems';
import { itemLabel, mergeCandidates } from '../item-tree';
import type { Item } from '../types';
import { ActionError } from './ActionError';

/**
 * 合并: picks siblings of the item (same plan, same parent) to merge into it. The server joins the
 * texts and units, keeps the latest deadline and moves their children, indicators, reports and notices
 * here, then deletes them; the page then shows the kept item.
 */
export function ItemMergeModal({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [otherIds, setOtherIds] = useState<string[]>([]);
  const items = useItems(open ? item.planId : undefined);
  const merge = useMergeItems(item.id, item.planId);
  const options = useMemo(
    () => mergeCandidates(items.data?.items ?? [], item).map((i) => ({ value: i.id, label: itemLabel(i) })),
    [items.data, item],
  );
  const close = () => {
    setOpen(false);
    setOtherIds([]);
    merge.reset();
  };
  const submit = () =>
    merge.mutate(
      { otherIds },
      {
        onSuccess: (kept) => {
          void message.success(t('workplan.merge.done', { count: otherIds.length }));
          close();
          navigate(`/app/workplan/items/${encodeURIComponent(kept.id)}`);
        },
      },
    );
  return (
    <>
      <Button data-testid="item-merge" onClick={() => setOpen(true)}>
        {t('workplan.merge.open')}
      </Button>
      <Modal
        open={open}
        title={t('workplan.merge.title')}
        onCancel={close}
        onOk={submit}
        okText={t('workplan.merge.submit')}
        okButtonProps={{
          disabled: otherIds.length === 0,
          loading: merge.isPending,
          'data-testid': 'item-merge-submit',
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('workplan.merge.hint')}</Typography.Paragraph>
        <Typography.Text>{t('workplan.merge.others')}</Typography.Text>
        <Select<string[]>
          mode="multiple"
          data-testid="item-merge-others"
          style={{ width: '100%' }}
          value={otherIds}
          onChange={setOtherIds}
          options={options}
          loading={items.isPending}
          optionFilterProp="label"
          notFoundContent={items.isPending ? undefined : t('workplan.merge.none')}
        />
        <ActionError error={merge.error} testId="item-merge-error" />
      </Modal>
    </>
  );
}
