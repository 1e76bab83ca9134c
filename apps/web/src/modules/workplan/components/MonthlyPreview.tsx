import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyContent, MonthlyTask } from '@ecocloud/contracts';
import { StatusTag } from './StatusTag';

const fmt = (v: number | null, unit: string) => (v === null ? '—' : `${Math.round(v * 100) / 100}${unit}`);

function TaskBlock({ task }: { task: MonthlyTask }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }} data-testid={`monthly-task-${task.itemId}`}>
      <Space wrap>
        <Typography.Text strong>
          {task.number}
          {task.title}
        </Typography.Text>
        <StatusTag status={task.status} />
        {task.percent !== null ? <Tag>{t('workplan.monthly.percent', { percent: task.percent })}</Tag> : null}
        {task.leadUnits.length ? (
          <Typography.Text type="secondary">
            {t('workplan.monthly.lead', { units: task.leadUnits.join('、') })}
          </Typography.Text>
        ) : null}
      </Space>
      {task.reports.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('workplan.monthly.noReport')}
        </Typography.Paragraph>
      ) : (
        task.reports.map((r, i) => (
          <Typography.Paragraph key={i} style={{ margin: '4px 0 0' }}>
            <Typography.Text strong>{r.unitName}</Typography.Text>
            {r.itemTitle ? `“${r.itemTitle}”` : ''}（{r.percent}%{r.late ? `，${t('workplan.monthly.late')}` : ''}）：
            {r.text}
          </Typography.Paragraph>
        ))
      )}
      {task.indicators.length ? (
        <Table
          size="small"
          pagination={false}
          rowKey="name"
          style={{ marginTop: 4 }}
          dataSource={task.indicators}
          columns={[
            { title: t('workplan.monthly.indicator'), dataIndex: 'name' },
            {
              title: t('workplan.monthly.target'),
              render: (_: unknown, x: MonthlyTask['indicators'][number]) => fmt(x.target, x.unit),
            },
            {
              title: t('workplan.monthly.value'),
              render: (_: unknown, x: MonthlyTask['indicators'][number]) => fmt(x.value, x.unit),
            },
            {
              title: t('workplan.monthly.track'),
              render: (_: unknown, x: MonthlyTask['indicators'][number]) => t(`workplan.monthly.tracks.${x.track}`),
            },
          ]}
        />
      ) : null}
    </div>
  );
}

/** The compiled report as the leadership reads it: summary, one card per major task, risks, notices. */
export function MonthlyPreview({ content }: { content: MonthlyContent }) {
  const { t } = useTranslation();
  const s = content.summary;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="monthly-preview">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'asOf', label: t('workplan.monthly.asOf'), children: content.asOf },
          { key: 'tasks', label: t('workplan.monthly.tasks'), children: s.tasks },
          { key: 'reported', label: t('workplan.monthly.reported'), children: `${s.reported} / ${s.reports}` },
          { key: 'late', label: t('workplan.monthly.lateReports'), children: s.lateReports },
          { key: 'risk', label: t('workplan.statuses.at_risk'), children: s.atRisk },
          { key: 'overdue', label: t('workplan.statuses.overdue'), children: s.overdue },
          { key: 'done', label: t('workplan.statuses.done'), children: s.done },
          { key: 'onTrack', label: t('workplan.statuses.on_track'), children: s.onTrack },
          { key: 'notices', label: t('workplan.monthly.notices'), children: s.notices },
        ]}
      />
      {content.sections.map((section) => (
        <Card
          key={section.number + section.title}
          size="small"
          title={`${section.number}${section.title}`}
          data-testid="monthly-section"
        >
          {section.tasks.map((task) => (
            <TaskBlock key={task.itemId} task={task} />
          ))}
        </Card>
      ))}
      <Card size="small" title={t('workplan.monthly.risks')} data-testid="monthly-risks">
        {content.risks.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.monthly.none')} />
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => r.number + r.title}
            dataSource={content.risks}
            columns={[
              { title: t('workplan.monthly.item'), render: (_: unknown, r) => `${r.number}${r.title}` },
              { title: t('workplan.monthly.status'), render: (_: unknown, r) => <StatusTag status={r.status} /> },
              { title: t('workplan.monthly.leadUnits'), render: (_: unknown, r) => r.leadUnits.join('、') },
              { title: t('workplan.monthly.deadline'), dataIndex: 'deadline' },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('workplan.monthly.noticesIssued')} data-testid="monthly-notices">
        {content.notices.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.monthly.none')} />
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey={(n) => n.issuedAt + n.unitName}
            dataSource={content.notices}
            columns={[
              { title: t('workplan.monthly.item'), dataIndex: 'itemTitle' },
              { title: t('workplan.monthly.unit'), dataIndex: 'unitName' },
              { title: t('workplan.monthly.level'), dataIndex: 'level' },
              { title: t('workplan.monthly.replyDue'), dataIndex: 'replyDue' },
              { title: t('workplan.monthly.reason'), dataIndex: 'reason' },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
