import type { WorkplanPermission } from '@ecocloud/contracts';
import { ArrowLeftOutlined, CheckOutlined, DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Result, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../lib/http';
import { hasPermission, useSession } from '../../auth/shared';
import { BulkAssignBar } from '../components/BulkAssignBar';
import { ChildrenTable } from '../components/ChildrenTable';
import { IndicatorsPanel } from '../components/IndicatorsPanel';
import { ItemCreateModal } from '../components/ItemCreateModal';
import { ItemEditForm } from '../components/ItemEditForm';
import { ItemMergeModal } from '../components/ItemMergeModal';
import { ItemMoveModal } from '../components/ItemMoveModal';
import { ItemSplitModal } from '../components/ItemSplitModal';
import { ItemOverview } from '../components/ItemOverview';
import { NoticesPanel } from '../components/NoticesPanel';
import { ReportForm } from '../components/ReportForm';
import { ReportsHistory } from '../components/ReportsHistory';
import { useDeleteItem } from '../hooks/useItemEdit';
import { useItem, useItems } from '../hooks/useItems';
import { useRounds } from '../hooks/usePlans';
import { useSetDone } from '../hooks/useProgress';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/workplan/items/:id — one item: overview, measures, indicators, reports, supervision. */
export function WorkplanItemPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const item = useItem(id);
  const planId = item.data?.planId;
  const children = useItems(planId, { parentId: id });
  const rounds = useRounds(planId);
  const setDone = useSetDone(id);
  const remove = useDeleteItem(id, planId ?? '');
  const [picked, setPicked] = useState<string[]>([]);
  const can = (p: WorkplanPermission) => hasPermission(me, p);

  if (item.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!item.data) {
    const notFound = isApiError(item.error) && item.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('workplan.item.notFound') : t('errors.unknown')}
        extra={<Link to="/app/workplan">{t('workplan.item.back')}</Link>}
      />
    );
  }
  const it = item.data;
  const isDone = it.status === 'done';
  const ownUnit = it.units.find((u) => u.orgId === me?.orgId)?.orgId;
  return (
    <>
      <PageHeader
        title={<span data-testid="item-title">{`${it.number}${it.title}`}</span>}
        extra={
          <Space wrap>
            {can('workplan:write') && !it.context ? (
              <>
                <ItemCreateModal planId={it.planId} parent={it} />
                <ItemEditForm item={it} />
                <ItemMoveModal item={it} />
                <ItemSplitModal item={it} />
                <ItemMergeModal item={it} />
              </>
            ) : null}
            {can('workplan:write') && !it.context ? (
              <Popconfirm
                title={t('workplan.edit.confirmDelete')}
                onConfirm={() =>
                  remove.mutate(undefined, {
                    onSuccess: () => navigate(`/app/workplan?plan=${encodeURIComponent(it.planId)}`),
                    onError: (e) =>
                      void message.error(
                        isApiError(e) && e.status === 409 ? t('workplan.edit.hasReports') : t('errors.unknown'),
                      ),
                  })
                }
              >
                <Button danger data-testid="item-delete" icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('workplan.edit.delete')}
                </Button>
              </Popconfirm>
            ) : null}
            {can('workplan:approve') ? (
              <Popconfirm
                title={isDone ? t('workplan.item.reopen') : t('workplan.item.markDone')}
                onConfirm={() =>
                  setDone.mutate(!isDone, { onSuccess: () => void message.success(t('workplan.item.doneSaved')) })
                }
              >
                <Button
                  data-testid="item-done"
                  icon={isDone ? <UndoOutlined /> : <CheckOutlined />}
                  loading={setDone.isPending}
                >
                  {isDone ? t('workplan.item.reopen') : t('workplan.item.markDone')}
                </Button>
              </Popconfirm>
            ) : null}
            <Button
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate(`/app/workplan?plan=${encodeURIComponent(it.planId)}`)}
            >
              {t('workplan.item.back')}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <ItemOverview item={it} />
        </Card>
        {(children.data?.total ?? 0) > 0 ? (
          <Card size="small" title={t('workplan.item.children')}>
            {can('workplan:write') && picked.length > 0 ? (
              <BulkAssignBar planId={it.planId} itemIds={picked} onDone={() => setPicked([])} />
            ) : null}
            <ChildrenTable
              items={children.data?.items ?? []}
              loading={children.isFetching}
              {...(can('workplan:write') ? { selection: { keys: picked, onChange: setPicked } } : {})}
            />
          </Card>
        ) : null}
        <IndicatorsPanel item={it} canEdit={can('workplan:write') && !it.context} />
        {can('workplan:report') && rounds.data && !it.context && it.kind !== 'section' ? (
          <ReportForm key={it.id} item={it} rounds={rounds.data.items} defaultUnitId={ownUnit} />
        ) : null}
        <ReportsHistory itemId={it.id} indicators={it.indicators} canApprove={can('workplan:approve')} />
        <NoticesPanel item={it} canSupervise={can('workplan:supervise')} canReply={can('workplan:report')} />
      </Space>
    </>
  );
}
