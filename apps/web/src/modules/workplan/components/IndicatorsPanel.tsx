import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canSeeRegion, useSession } from '../../auth/shared';
import { useDeleteIndicator } from '../hooks/useIndicatorEdit';
import { usePlans } from '../hooks/usePlans';
import { judgeIndicator } from '../indicator-judgement';
import { formatInstant } from '../../../ui/format-time';
import type { Indicator, Item } from '../types';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorForm } from './IndicatorForm';
import { LiveIndicatorChart } from './LiveIndicatorChart';

const JUDGEMENT_COLORS = { attained: 'success', not_attained: 'warning', no_data: 'default' } as const;

/**
 * An item's indicators: latest value, target and attainment, and a chart of one chosen indicator.
 * With `canEdit` (workplan:write on an item in reach), officials add, edit and delete them; a live one
 * is bound to a published metric and updates from the data, without reports.
 */
export function IndicatorsPanel({ item, canEdit = false }: { item: Item; canEdit?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const plans = usePlans();
  const remove = useDeleteIndicator(item.planId);
  const [chosen, setChosen] = useState<string | null>(null);
  // The indicator in the form: 'new' to add one, null when the form is closed.
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const indicators = item.indicators;
  const shown = indicators.find((i) => i.id === chosen) ?? indicators[0];
  const year = plans.data?.items.find((p) => p.id === item.planId)?.year;
  // A new live indicator reads the item's own region when the user may see it, else the user's (the province for the department).
  const defaultRegion = item.regionCodes.find((c) => canSeeRegion(me, c)) ?? me?.regionCode;

  const actions: TableColumnsType<Indicator> = canEdit
    ? [
        {
          title: t('workplan.indicatorEdit.actions'),
          key: 'actions',
          render: (_, i) => (
            <Space size={4}>
              <Button
                size="small"
                type="link"
                icon={<EditOutlined />}
                data-testid={`indicator-edit-${i.id}`}
                onClick={() => setEditing(i)}
              >
                {t('workplan.indicatorEdit.edit')}
              </Button>
              <Popconfirm
                title={t('workplan.indicatorEdit.confirmDelete')}
                onConfirm={() =>
                  remove.mutate(i.id, { onSuccess: () => void message.success(t('workplan.indicatorEdit.deleted')) })
                }
              >
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  data-testid={`indicator-delete-${i.id}`}
                >
                  {t('workplan.indicatorEdit.delete')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]
    : [];

  return (
    <Card
      size="small"
      title={t('workplan.indicators.title')}
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined />} data-testid="indicator-add" onClick={() => setEditing('new')}>
            {t('workplan.indicatorEdit.add')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <IndicatorForm
          itemId={item.id}
          planId={item.planId}
          year={year}
          defaultRegion={defaultRegion}
          indicator={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {indicators.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.indicators.none')} />
      ) : (
        <>
          <Table<Indicator>
            data-testid="indicators-table"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={[...indicators]}
            columns={[
              {
                title: t('workplan.indicators.name'),
                key: 'name',
                render: (_, i) => (
                  <>
                    {i.name}
                    {i.source === 'live' ? (
                      <Tag color="blue" style={{ marginInlineStart: 6 }} data-testid={`indicator-live-${i.id}`}>
                        {t('workplan.indicatorEdit.liveTag')}
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('workplan.indicators.direction'),
                dataIndex: 'direction',
                render: (d: Indicator['direction']) => t(`workplan.directions.${d}`),
              },
              { title: t('workplan.indicators.target'), key: 'target', render: (_, i) => `${i.target}${i.unit}` },
              {
                title: t('workplan.indicators.latest'),
                key: 'latest',
                render: (_, i) =>
                  i.latest?.value === null || i.latest?.value === undefined
                    ? t('workplan.indicators.noData')
                    : `${i.latest.value}${i.unit}${i.latest.asOf ? ` (${t('workplan.indicators.asOf')} ${formatInstant(i.latest.asOf).slice(0, 10)})` : ''}`,
              },
              { title: t('workplan.item.deadline'), dataIndex: 'deadline' },
              {
                title: t('workplan.indicators.judgement'),
                key: 'judgement',
                render: (_, i) => {
                  const j = judgeIndicator(i);
                  return (
                    <Tag color={JUDGEMENT_COLORS[j]} data-testid={`indicator-judgement-${i.id}`}>
                      {t(`workplan.judgement.${j}`)}
                    </Tag>
                  );
                },
              },
              ...actions,
            ]}
          />
          {shown ? (
            <div style={{ marginTop: 12 }}>
              {indicators.length > 1 ? (
                <Segmented
                  value={shown.id}
                  onChange={(v) => setChosen(String(v))}
                  options={indicators.map((i) => ({ value: i.id, label: i.name }))}
                />
              ) : null}
              {/* A live one bound to a region shows its metric's course; the chart of reports would stay empty. */}
              {shown.source === 'live' && shown.metricKey && shown.metricParams.regionCode ? (
                <LiveIndicatorChart key={shown.id} indicator={shown} year={year} />
              ) : (
                <IndicatorChart key={shown.id} indicatorId={shown.id} />
              )}
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
