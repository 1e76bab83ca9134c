import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Tag, Tooltip } from 'antd';
import { INDICATOR_DIRECTIONS, type DeadlineSource } from '@ecocloud/contracts';
import { useTranslation } from 'react-i18next';
import { pathKey, type TreePath } from '../proposal-tree';
import type { ProposedIndicator } from '../types';

type Props = {
  path: TreePath;
  indicators: readonly ProposedIndicator[];
  onEdit: (index: number, patch: Partial<ProposedIndicator>) => void;
  onDelete: (index: number) => void;
  onAdd: () => void;
};

const SOURCE_COLORS: Record<DeadlineSource, string> = { text: 'green', inherited: 'blue', default: 'orange' };

/** Where a proposed deadline comes from; the default (the plan year's end) stands out for review. */
export function DeadlineSourceTag({ source, testId }: { source: DeadlineSource | undefined; testId: string }) {
  const { t } = useTranslation();
  if (!source) return null;
  return (
    <Tag color={SOURCE_COLORS[source]} data-testid={testId} data-source={source}>
      {t(`workplan.importer.deadlineSources.${source}`)}
    </Tag>
  );
}

/** The indicators of one proposed item: name, unit, direction, target and deadline, each editable; the sentence read on hover. */
export function ProposalIndicators({ path, indicators, onEdit, onDelete, onAdd }: Props) {
  const { t } = useTranslation();
  const key = pathKey(path);
  return (
    <Flex vertical gap={4} style={{ marginTop: 4 }}>
      {indicators.map((ind, i) => (
        <Flex key={i} gap={4} wrap align="center" data-testid={`proposal-ind-${key}-${i}`}>
          <Input
            data-testid={`proposal-ind-name-${key}-${i}`}
            style={{ width: 220 }}
            value={ind.name}
            status={ind.name.trim() === '' ? 'error' : undefined}
            placeholder={t('workplan.importer.indName')}
            onChange={(e) => onEdit(i, { name: e.target.value })}
          />
          <Input
            data-testid={`proposal-ind-unit-${key}-${i}`}
            style={{ width: 80 }}
            value={ind.unit}
            placeholder={t('workplan.importer.indUnit')}
            onChange={(e) => onEdit(i, { unit: e.target.value })}
          />
          <Select
            data-testid={`proposal-ind-direction-${key}-${i}`}
            style={{ width: 110 }}
            value={ind.direction}
            onChange={(direction) => onEdit(i, { direction })}
            options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`workplan.directions.${d}`) }))}
          />
          <InputNumber
            data-testid={`proposal-ind-target-${key}-${i}`}
            style={{ width: 110 }}
            value={ind.target}
            placeholder={t('workplan.importer.indTarget')}
            onChange={(v) => onEdit(i, { target: typeof v === 'number' ? v : 0 })}
          />
          <Input
            data-testid={`proposal-ind-deadline-${key}-${i}`}
            style={{ width: 130 }}
            value={ind.deadline}
            placeholder="YYYY-MM-DD"
            status={/^\d{4}-\d{2}-\d{2}$/.test(ind.deadline) ? undefined : 'error'}
            onChange={(e) => onEdit(i, { deadline: e.target.value.trim(), deadlineSource: undefined })}
          />
          <DeadlineSourceTag source={ind.deadlineSource} testId={`proposal-ind-source-${key}-${i}`} />
          {ind.kind ? (
            <Tooltip title={ind.sentence || undefined}>
              <Tag data-testid={`proposal-ind-kind-${key}-${i}`}>{t(`workplan.importer.targetKinds.${ind.kind}`)}</Tag>
            </Tooltip>
          ) : null}
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('common.delete')}
            onClick={() => onDelete(i)}
          />
        </Flex>
      ))}
      <div>
        <Button size="small" icon={<PlusOutlined />} data-testid={`proposal-ind-add-${key}`} onClick={onAdd}>
          {t('workplan.importer.addIndicator')}
        </Button>
      </div>
    </Flex>
  );
}
