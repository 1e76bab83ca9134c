import {
  SUPERVISION_NOTICE_STATES,
  type ProblemSummary,
  type SupervisionNotice,
  type SupervisionNoticeState,
} from '@ecocloud/contracts';
import { Card, Checkbox, Select, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../ui/format-time';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { EscalateButton } from '../components/EscalateButton';
import { NoticeDueTag } from '../components/NoticeDueTag';
import { NoticeLevelTag } from '../components/NoticeLevelTag';
import { StatusTag } from '../components/StatusTag';
import { useNotices, useNoticesNeeded } from '../hooks/useSupervision';

const problemLink = (id: string, text: string, testId: string) => (
  <Link to={`/app/rectification/problems/${encodeURIComponent(id)}`} data-testid={testId}>
    {text}
  </Link>
);

/** The notices in the user's scope (a city sees its own problems'), by state and lateness. */
function NoticesTab() {
  const { t } = useTranslation();
  const [state, setState] = useState<SupervisionNoticeState | undefined>();
  const [overdue, setOverdue] = useState(false);
  const notices = useNotices({ state, overdue: overdue ? 'true' : undefined });
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={s('allStates')}
          value={state}
          onChange={(v?: SupervisionNoticeState) => setState(v)}
          options={SUPERVISION_NOTICE_STATES.map((v) => ({ value: v, label: s(`states.${v}`) }))}
          data-testid="supervision-filter-state"
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => setOverdue(e.target.checked)}
          data-testid="supervision-filter-overdue"
        >
          {s('onlyOverdue')}
        </Checkbox>
      </Space>
      <Table<SupervisionNotice>
        rowKey="id"
        size="small"
        loading={notices.isFetching}
        dataSource={notices.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: s('none') }}
        data-testid="supervision-notices"
        columns={[
          {
            title: s('problem'),
            key: 'problem',
            render: (_, n) =>
              problemLink(n.problemId, `${n.batchName} · ${n.itemNo} ${n.problem}`, `notice-problem-${n.id}`),
          },
          { title: t('rectification.problems.region'), dataIndex: 'regionName' },
          { title: s('unit'), dataIndex: 'orgName' },
          {
            title: s('level'),
            key: 'level',
            render: (_, n) => <NoticeLevelTag level={n.level} testId={`notice-level-${n.id}`} />,
          },
          {
            title: s('replyDue'),
            key: 'due',
            render: (_, n) => <NoticeDueTag notice={n} testId={`notice-due-${n.id}`} />,
          },
          { title: s('reason'), dataIndex: 'reason' },
          { title: s('issuedBy'), key: 'issuedAt', render: (_, n) => formatInstant(n.issuedAt) },
        ]}
      />
    </>
  );
}

/** Overdue problems without an open notice: the ones to supervise next. */
function NeededTab() {
  const { t } = useTranslation();
  const needed = useNoticesNeeded();
  const p = (key: string) => t(`rectification.problems.${key}`);
  return (
    <Table<ProblemSummary>
      rowKey="id"
      size="small"
      loading={needed.isFetching}
      dataSource={needed.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('rectification.supervision.noneNeeded') }}
      data-testid="supervision-needed"
      columns={[
        {
          title: p('problem'),
          key: 'problem',
          render: (_, r) => problemLink(r.id, `${r.batchName} · ${r.itemNo} ${r.problem}`, `needed-problem-${r.id}`),
        },
        { title: p('region'), dataIndex: 'regionName' },
        { title: p('leadOrg'), dataIndex: 'leadOrgName' },
        { title: p('deadline'), dataIndex: 'deadline' },
        { title: p('status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
      ]}
    />
  );
}

/** /app/rectification/supervision — 督办: the notices and the overdue problems still without one. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <>
      <PageHeader title={s('title')} extra={hasPermission(me, 'rectification:supervise') ? <EscalateButton /> : null} />
      <Typography.Paragraph type="secondary">{s('intro')}</Typography.Paragraph>
      <Card>
        <Tabs
          items={[
            { key: 'notices', label: s('tabNotices'), children: <NoticesTab /> },
            { key: 'needed', label: s('tabNeeded'), children: <NeededTab /> },
          ]}
        />
      </Card>
    </>
  );
}
