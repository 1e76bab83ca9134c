import { Alert, App, Button, Empty, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { BoardCards } from '../components/BoardCards';
import { ItemCreateModal } from '../components/ItemCreateModal';
import { PlanSelect } from '../components/PlanSelect';
import { useBoard } from '../hooks/useItems';
import { usePlanChoice } from '../hooks/usePlanChoice';
import { useCreateRounds, useRounds } from '../hooks/usePlans';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/workplan — the plan's top-level headings with status counts and their items as coloured cards. */
export function WorkplanBoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const { plan, plans, isPending, choose } = usePlanChoice();
  const board = useBoard(plan?.id);
  const rounds = useRounds(plan?.id);
  const createRounds = useCreateRounds();
  const canWrite = hasPermission(me, 'workplan:write');
  const noRounds = rounds.data !== undefined && rounds.data.total === 0;

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <>
      <PageHeader
        title={t('workplan.board.title')}
        extra={
          <Space wrap>
            {plans.length > 0 ? <PlanSelect plans={plans} value={plan?.id} onChange={choose} /> : null}
            {plan ? <ItemCreateModal planId={plan.id} /> : null}
            {canWrite && noRounds && plan ? (
              <Button
                data-testid="rounds-create"
                loading={createRounds.isPending}
                onClick={() =>
                  createRounds.mutate(plan.id, {
                    onSuccess: (r) => void message.success(t('workplan.board.roundsCreated', { count: r.total })),
                  })
                }
              >
                {t('workplan.board.createRounds')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!plan ? (
        <Empty data-testid="plan-none" description={t('workplan.plan.none')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {noRounds ? (
            <Alert type="warning" showIcon data-testid="rounds-missing" title={t('workplan.board.noRounds')} />
          ) : null}
          {board.isPending ? <Spin /> : <BoardCards rows={board.data?.items ?? []} />}
        </Space>
      )}
    </>
  );
}
