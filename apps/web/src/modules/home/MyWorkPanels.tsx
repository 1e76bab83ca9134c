import type { MyWork } from '@ecocloud/contracts';
import { Badge, Card, Col, List, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../ui/format-time';

const SHOWN = 6;
const DUE_COLOURS = { ok: 'default', due_soon: 'orange', overdue: 'red' } as const;
const TARGET_COLOURS = { on_track: 'green', at_risk: 'orange', off_track: 'red' } as const;

/** One panel: a title with its count, up to six rows, "nothing owed" when empty, a link to the full list. */
function Panel<T>({
  id,
  title,
  rows,
  count = rows.length,
  more,
  render,
}: {
  id: string;
  title: string;
  rows: readonly T[];
  count?: number;
  more?: ReactNode;
  render: (row: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={`work-${id}`}
      title={
        <Badge count={count} overflowCount={999} offset={[12, 0]} color={count ? '#f5222d' : '#52c41a'} showZero>
          {title}
        </Badge>
      }
      extra={more}
      style={{ height: '100%' }}
    >
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('home.work.nothing')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={rows.slice(0, SHOWN)}
          renderItem={(row) => <List.Item>{render(row)}</List.Item>}
          footer={
            rows.length > SHOWN ? (
              <Typography.Text type="secondary">
                {t('home.work.andMore', { count: rows.length - SHOWN })}
              </Typography.Text>
            ) : null
          }
        />
      )}
    </Card>
  );
}

/**
 * The home page's panels: what the user owes and what needs their eye, each only when the user's
 * roles cover it (the server sends null otherwise).
 */
export function MyWorkPanels({ work }: { work: MyWork }) {
  const { t } = useTranslation();
  const due = (state: 'ok' | 'due_soon' | 'overdue') => (
    <Tag color={DUE_COLOURS[state]}>{t(`workplan.dueStates.${state}`)}</Tag>
  );
  const panels: ReactNode[] = [];
  if (work.reportsDue) {
    panels.push(
      <Panel
        key="reports"
        id="reports-due"
        title={t('home.work.reportsDue')}
        rows={work.reportsDue}
        more={<Link to="/app/workplan">{t('home.work.toPlan')}</Link>}
        render={(r) => (
          <span>
            {due(r.dueState)}
            <Link to={`/app/workplan/items/${r.itemId}`}>{r.itemTitle}</Link>
            <Typography.Text type="secondary">{` · ${t('home.work.round', { round: r.roundLabel, date: r.dueDate })} · ${r.unitName}`}</Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (work.noticesToAnswer) {
    panels.push(
      <Panel
        key="notices"
        id="notices"
        title={t('home.work.notices')}
        rows={work.noticesToAnswer}
        render={(n) => (
          <span>
            {due(n.dueState)}
            <Link to={`/app/workplan/items/${n.itemId}`}>{n.itemTitle}</Link>
            <Typography.Text type="secondary">{` · ${t('home.work.replyBy', { date: n.replyDue })} · ${n.reason}`}</Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (work.reportsToReview) {
    panels.push(
      <Panel
        key="review"
        id="to-review"
        title={t('home.work.toReview')}
        rows={work.reportsToReview}
        render={(r) => (
          <span>
            <Link to={`/app/workplan/items/${r.itemId}`}>{r.itemTitle}</Link>
            <Typography.Text type="secondary">{` · ${r.unitName} · ${r.roundLabel}`}</Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (work.alerts) {
    const alerts = work.alerts;
    panels.push(
      <Panel
        key="alerts"
        id="alerts"
        title={t('home.work.alerts')}
        rows={alerts.latest}
        count={alerts.open}
        more={<Link to="/app/monitoring/alerts">{t('home.work.allAlerts')}</Link>}
        render={(a) => (
          <span>
            <Tag color="red">{t(`monitoring.alertKinds.${a.kind}`, { defaultValue: a.kind })}</Tag>
            {a.stationName}
            <Typography.Text type="secondary">{` · ${formatInstant(a.lastAt).slice(0, 16)}`}</Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (work.targetsAtRisk) {
    panels.push(
      <Panel
        key="targets"
        id="targets"
        title={t('home.work.targets')}
        rows={work.targetsAtRisk}
        more={<Link to="/app/assessment/targets">{t('home.work.allTargets')}</Link>}
        render={(x) => (
          <span>
            <Tag color={TARGET_COLOURS[x.status]}>{t(`assessment.targets.statuses.${x.status}`)}</Tag>
            {`${x.regionName} · ${x.name}`}
            <Typography.Text type="secondary">{` · ${t('home.work.targetVsActual', { target: x.targetValue, actual: x.actual ?? '—', unit: x.unit })}`}</Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (work.permitsDue) {
    panels.push(
      <Panel
        key="permits"
        id="permits-due"
        title={t('home.work.permitsDue')}
        rows={work.permitsDue}
        more={<Link to="/app/sources/due">{t('home.work.allPermitsDue')}</Link>}
        render={(d) => (
          <span>
            {due(d.state)}
            <Link to={`/app/sources/enterprises/${d.enterpriseId}`}>{d.enterpriseName}</Link>
            <Typography.Text type="secondary">
              {` · ${t(`sources.dueKinds.${d.kind}`)}${d.periodKey ? `（${d.periodKey}）` : ''} · ${t('home.work.dueBy', { date: d.dueDate })}`}
            </Typography.Text>
          </span>
        )}
      />,
    );
  }
  if (panels.length === 0) return null;
  return (
    <Row gutter={[16, 16]} data-testid="my-work">
      {panels.map((p, i) => (
        <Col key={i} xs={24} xl={12}>
          {p}
        </Col>
      ))}
    </Row>
  );
}
