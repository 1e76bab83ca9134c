import { CaretDownOutlined, CaretRightOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { ITEM_KINDS } from '@ecocloud/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addIndicator,
  allParents,
  foldSummary,
  initiallyOpen,
  deleteIndicator,
  deleteNode,
  editIndicator,
  editNode,
  parseUnitNames,
  pathKey,
  type TreePath,
} from '../proposal-tree';
import type { ProposedItem } from '../types';
import { DeadlineSourceTag, ProposalIndicators } from './ProposalIndicators';

type Props = { items: readonly ProposedItem[]; year: number; onChange: (items: ProposedItem[]) => void };

/**
 * The importer's proposal as an editable tree: rename, renumber, change level or kind, set lead
 * units and deadline, delete a branch, edit indicators. Controlled: every edit hands back a new tree.
 * Folds by section: a large plan opens with its parts open and each section folded to a summary
 * (mount it with a new `key` for a new proposal, so the folds start over).
 */
export function ProposalTreeEditor({ items, year, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => initiallyOpen(items));
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const renderNode = (node: ProposedItem, path: TreePath) => {
    const key = pathKey(path);
    const edit = (patch: Partial<Omit<ProposedItem, 'children' | 'indicators'>>) =>
      onChange(editNode(items, path, patch));
    const isOpen = open.has(key);
    const folded = node.children.length > 0 && !isOpen ? foldSummary(node) : null;
    return (
      <div
        key={key}
        data-testid={`proposal-node-${key}`}
        style={{ marginLeft: path.length > 1 ? 24 : 0, borderLeft: '2px solid #f0f0f0', paddingLeft: 8, marginTop: 8 }}
      >
        <Flex gap={4} wrap align="center">
          <Button
            type="text"
            size="small"
            data-testid={`proposal-fold-${key}`}
            aria-expanded={node.children.length ? isOpen : undefined}
            aria-label={isOpen ? t('workplan.importer.collapseAll') : t('workplan.importer.expandAll')}
            disabled={node.children.length === 0}
            icon={node.children.length === 0 ? null : isOpen ? <CaretDownOutlined /> : <CaretRightOutlined />}
            onClick={() => toggle(key)}
            style={{ width: 24 }}
          />
          <InputNumber
            data-testid={`proposal-level-${key}`}
            aria-label={t('workplan.importer.level')}
            min={1}
            max={6}
            precision={0}
            style={{ width: 64 }}
            value={node.level}
            onChange={(v) => typeof v === 'number' && edit({ level: v })}
          />
          <Select
            data-testid={`proposal-kind-${key}`}
            style={{ width: 90 }}
            value={node.kind}
            onChange={(kind) => edit({ kind })}
            options={ITEM_KINDS.map((k) => ({ value: k, label: t(`workplan.kinds.${k}`) }))}
          />
          <Input
            data-testid={`proposal-number-${key}`}
            aria-label={t('workplan.importer.number')}
            style={{ width: 80 }}
            value={node.number}
            onChange={(e) => edit({ number: e.target.value })}
          />
          <Input
            data-testid={`proposal-title-${key}`}
            aria-label={t('workplan.importer.titleCol')}
            style={{ flex: 1, minWidth: 240 }}
            value={node.title}
            status={node.title.trim() === '' ? 'error' : undefined}
            onChange={(e) => edit({ title: e.target.value })}
          />
          <Button
            danger
            icon={<DeleteOutlined />}
            data-testid={`proposal-delete-${key}`}
            onClick={() => onChange(deleteNode(items, path))}
          >
            {t('workplan.importer.deleteNode')}
          </Button>
        </Flex>
        <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
          <Input
            // Remounted when the stored list changes (after blur, or a delete shifting paths), so the box never shows a stale list.
            key={`units-${key}-${node.units.join('、')}`}
            data-testid={`proposal-units-${key}`}
            style={{ width: 320 }}
            placeholder={t('workplan.importer.units')}
            // The box keeps what is typed (a trailing 、 included); the list is parsed when the box is left.
            defaultValue={node.units.join('、')}
            onBlur={(e) => edit({ units: parseUnitNames(e.target.value) })}
          />
          <Input
            data-testid={`proposal-deadline-${key}`}
            style={{ width: 130 }}
            placeholder={t('workplan.importer.deadline')}
            value={node.deadline ?? ''}
            // A deadline a person sets is no longer the importer's default.
            onChange={(e) =>
              edit({
                deadline: e.target.value.trim() === '' ? null : e.target.value.trim(),
                deadlineSource: undefined,
              })
            }
          />
          <DeadlineSourceTag source={node.deadlineSource} testId={`proposal-deadline-source-${key}`} />
          {node.regions.map((r) => (
            <Tag key={r}>{r}</Tag>
          ))}
          {node.tags.map((tag) => (
            <Tag key={tag} color="cyan">
              {t(`workplan.tags.${tag}`, { defaultValue: tag })}
            </Tag>
          ))}
        </Flex>
        <ProposalIndicatorsSlot node={node} path={path} items={items} year={year} onChange={onChange} />
        {folded ? (
          <Typography.Text
            type="secondary"
            data-testid={`proposal-folded-${key}`}
            style={{ display: 'block', marginLeft: 32, cursor: 'pointer' }}
            onClick={() => toggle(key)}
          >
            {t('workplan.importer.folded', folded)}
          </Typography.Text>
        ) : (
          node.children.map((child, i) => renderNode(child, [...path, i]))
        )}
      </div>
    );
  };

  return (
    <div data-testid="proposal-tree">
      <Flex gap={8} style={{ marginBottom: 4 }}>
        <Button size="small" data-testid="proposal-expand-all" onClick={() => setOpen(new Set(allParents(items)))}>
          {t('workplan.importer.expandAll')}
        </Button>
        <Button size="small" data-testid="proposal-collapse-all" onClick={() => setOpen(new Set())}>
          {t('workplan.importer.collapseAll')}
        </Button>
      </Flex>
      {items.map((node, i) => renderNode(node, [i]))}
    </div>
  );
}

function ProposalIndicatorsSlot({ node, path, items, year, onChange }: { node: ProposedItem; path: TreePath } & Props) {
  return (
    <ProposalIndicators
      path={path}
      indicators={node.indicators}
      onEdit={(i, patch) => onChange(editIndicator(items, path, i, patch))}
      onDelete={(i) => onChange(deleteIndicator(items, path, i))}
      onAdd={() => onChange(addIndicator(items, path, year))}
    />
  );
}
