import type { CasePenalty } from '@ecocloud/contracts';
import type { DiscretionTable } from '@ecocloud/standards';
import { Alert, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { tableText, yuanText } from '../labels';

type Factor = CasePenalty['factors'][number];

/** The input a factor's grade read (pH, the share over the total …), by the table's data. */
function inputOf(f: Factor, table: DiscretionTable | undefined): string | undefined {
  const factor = table?.factors.find((x) => x.key === f.key);
  if (!factor) return undefined;
  return factor.grades.find((g) => g.label === f.grade)?.input ?? factor.input;
}

/** A factor's value in words: a coded value (B, general) by its input's words, a figure as it is. */
function valueText(f: Factor, table: DiscretionTable | undefined, t: TFunction): string {
  if (f.defaulted) return t('enforcement.penalty.defaulted');
  if (f.value === '') return '';
  const input = inputOf(f, table);
  return input ? t(`enforcement.inputValues.${input}.${f.value}`, { defaultValue: f.value }) : f.value;
}

/**
 * The assessment as the decision will state it: the table, the basis and why it was chosen (从旧兼从轻),
 * the statutory range, each factor with its grade and weight, the sum, the table's floor and the clamp to
 * the range, the fine, and the server's warnings.
 */
export function PenaltyResult({ penalty, table }: { penalty: CasePenalty; table: DiscretionTable | undefined }) {
  const { t } = useTranslation();
  const factors = penalty.factors.map((f) => ({
    ...f,
    label: f.key === 'start' ? t('enforcement.penalty.startWeight') : f.label,
  }));
  return (
    <div data-testid="penalty-result">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('enforcement.penalty.tableUsed')}>
          {tableText(penalty.table, t, penalty.tableName)}
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.penalty.basis')}>
          <Space wrap>
            <span data-testid="penalty-basis">{penalty.basis.citation}</span>
            {penalty.basis.verified ? null : <Tag color="warning">⚠ {t('enforcement.penalty.basisUnverified')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.penalty.basisReason')}>
          <Space orientation="vertical" size={2}>
            <Typography.Text strong>{t(`enforcement.basisReasons.${penalty.basisReason}`)}</Typography.Text>
            <Typography.Text data-testid="penalty-explanation">{penalty.basisExplanation}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('enforcement.penalty.decisionDate')}>{penalty.decisionDate}</Descriptions.Item>
        <Descriptions.Item label={t('enforcement.penalty.range')}>
          <span data-testid="penalty-range">
            {t('enforcement.penalty.rangeText', {
              min: yuanText(penalty.statutoryRange.minYuan, t),
              max: yuanText(penalty.statutoryRange.maxYuan, t),
            })}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Table
        data-testid="penalty-factors"
        size="small"
        style={{ marginTop: 12 }}
        pagination={false}
        rowKey="key"
        dataSource={factors}
        columns={[
          { key: 'label', title: t('enforcement.penalty.factor'), dataIndex: 'label' },
          { key: 'value', title: t('enforcement.penalty.value'), render: (_, f) => valueText(f, table, t) },
          { key: 'grade', title: t('enforcement.penalty.grade'), dataIndex: 'grade' },
          {
            key: 'weight',
            title: t('enforcement.penalty.weight'),
            align: 'right',
            render: (_, f) => `${f.weightPercent}%`,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('enforcement.penalty.sum')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <span data-testid="penalty-sum">{penalty.sumPercent}%</span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }}>
        {penalty.floorPercent !== null ? (
          <Descriptions.Item label={t('enforcement.penalty.applied')}>
            <Space orientation="vertical" size={2}>
              <span data-testid="penalty-applied">{penalty.appliedPercent}%</span>
              <Typography.Text type="secondary">
                {t('enforcement.penalty.floor', { percent: penalty.floorPercent })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('enforcement.penalty.applied')}>
            <span data-testid="penalty-applied">{penalty.appliedPercent}%</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('enforcement.penalty.fine')}>
          <Space orientation="vertical" size={2}>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="penalty-fine">
              {yuanText(penalty.fineYuan, t)}
            </Typography.Text>
            {penalty.clamped ? (
              <Typography.Text type="warning" data-testid="penalty-clamped">
                {t(penalty.clamped === 'min' ? 'enforcement.penalty.clampedMin' : 'enforcement.penalty.clampedMax')}
              </Typography.Text>
            ) : null}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {penalty.noPenalty ? (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('enforcement.penalty.noPenalty', { text: penalty.noPenalty.text })}
        />
      ) : null}
      {penalty.warnings.length > 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('enforcement.penalty.warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="penalty-warnings">
              {penalty.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </div>
  );
}
