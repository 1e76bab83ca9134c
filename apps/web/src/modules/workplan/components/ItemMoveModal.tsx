import { App, Button, Modal, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveItem } from '../hooks/useItemEdit';
import { useItems } from '../hooks/useItems';
import { moveTargets, TOP_LEVEL } from '../item-tree';
import type { Item } from '../types';
import { ActionError } from './ActionError';

/**
 * 移动: moves the item with its branch under another item of its plan, or to the top level, last among
 * its new siblings. The picker shows the plan's items as a tree without the item's own branch.
 */
export function ItemMoveModal({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string | undefined>();
  const items = useItems(open ? item.planId : undefined);
  const move = useMoveItem(item.id, item.planId);
  const treeData = useMemo(
    () => moveTargets(items.data?.items ?? [], item.id, t('workplan.move.top')),
    [items.data, item.id, t],
  );
  const close = () => {
    setOpen(false);
    setTarget(undefined);
    move.reset();
  };
  const submit = () =>
    move.mutate(
      { parentId: target === TOP_LEVEL ? null : target! },
      {
        onSuccess: () => {
          void message.success(t('workplan.move.done'));
          close();
        },
      },
    );
  return (
    <>
      <Button data-testid="item-move" onClick={() => setOpen(true)}>
        {t('workplan.move.open')}
      </Button>
      <Modal
        open={open}
        title={t('workplan.move.title')}
        onCancel={close}
        onOk={submit}
        okText={t('workplan.move.submit')}
        okButtonProps={{ disabled: !target, loading: move.isPending, 'data-testid': 'item-move-submit' }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('workplan.move.hint')}</Typography.Paragraph>
        <Typography.Text>{t('workplan.move.parent')}</Typography.Text>
        <TreeSelect<string>
          data-testid="item-move-parent"
          style={{ width: '100%' }}
          value={target}
          onChange={setTarget}
          treeData={treeData}
          loading={items.isPending}
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll
        />
        <ActionError error={move.error} testId="item-move-error" />
      </Modal>
    </>
  );
}
