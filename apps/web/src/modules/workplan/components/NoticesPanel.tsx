import { App, Button, Card, Empty, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { useIssueNotice, useNotices } from '../hooks/useProgress';
import type { Item, Notice } from '../types';
import { NoticeReply } from './NoticeReply';

const DUE_COLORS = { ok: 'default', due_soon: 'warning', overdue: 'error' } as const;

type IssueValues = { reason: string; unitId?: string; replyWorkingDays: number };

/** Supervision notices on an item: leaders issue them (workplan:supervise), units reply (workplan:report). */
export function NoticesPanel({
  item,
  canSupervise,
  canReply,
}: {
  item: Item;
  canSupervise: boolean;
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notices = useNotices(item.id);
  const issue = useIssueNotice(item.id);
  const [form] = Form.useForm<IssueValues>();
  const list = notices.data?.items ?? [];

  const renderNotice = (n: Notice) => (
    <div
      key={n.id}
      data-testid={`notice-${n.id}`}
      data-state={n.state}
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={n.state === 'open' ? 'processing' : 'success'} data-testid={`notice-state-${n.id}`}>
            {t(`workplan.notices.states.${n.state}`)}
          </Tag>
          <Tag color={n.level > 1 ? 'error' : 'warning'}>{t('workplan.notices.levelN', { level: n.level })}</Tag>
          <span>{n.unitName}</span>
          <Tag color={DUE_COLORS[n.dueState]}>
            {t('workplan.notices.replyDue')} {n.replyDue}
          </Tag>
          <Typography.Text type="secondary">
            <time dateTime={n.issuedAt}>{formatInstant(n.issuedAt)}</time>
          </Typography.Text>
        </Space>
        <Typography.Text>{n.reason}</Typography.Text>
        {n.reply ? (
          <Typography.Text type="secondary" data-testid={`notice-reply-${n.id}`}>
            ↳ {n.reply}
            {n.repliedAt ? (
              <>
                {' '}
                · <time dateTime={n.repliedAt}>{formatInstant(n.repliedAt)}</time>
              </>
            ) : null}
          </Typography.Text>
        ) : null}
        {canReply && n.state === 'open' ? <NoticeReply noticeId={n.id} /> : null}
      </Space>
    </div>
  );

  return (
    <Card size="small" title={t('workplan.notices.title')}>
      {list.length === 0 && !notices.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.notices.none')} />
      ) : null}
      <div data-testid="notices-list">{list.map(renderNotice)}</div>
      {canSupervise ? (
        <Form<IssueValues>
          form={form}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          initialValues={{ replyWorkingDays: 5 }}
          onFinish={(v) =>
            issue.mutate(v, {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('workplan.notices.issued'));
              },
            })
          }
        >
          <Form.Item
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            style={{ minWidth: 280, flex: 1 }}
          >
            <Input data-testid="notice-reason" placeholder={t('workplan.notices.reason')} />
          </Form.Item>
          <Form.Item name="unitId">
            <Select
              data-testid="notice-unit"
              allowClear
              style={{ width: 200 }}
              placeholder={t('workplan.notices.unit')}
              options={item.units.map((u) => ({ value: u.orgId, label: u.orgName }))}
            />
          </Form.Item>
          <Form.Item name="replyWorkingDays" label={t('workplan.notices.days')}>
            <InputNumber min={1} max={60} precision={0} style={{ width: 80 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={issue.isPending} data-testid="notice-issue">
            {t('workplan.notices.issue')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
