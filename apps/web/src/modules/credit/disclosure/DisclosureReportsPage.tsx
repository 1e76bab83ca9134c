import type { DisclosureReportRow, ReportState } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { YearSelect } from './YearSelect';
import { hasPermission, useSession } from '../../auth/shared';
import { fetchReports, fileTemporary } from './api';

const STATE_COLOURS: Record<ReportState, string> = {
  not_due: 'default',
  due: 'blue',
  filed: 'green',
  filed_late: 'orange',
  overdue: 'red',
};

/**
 * /app/credit/disclosure/reports — annual and temporary reports owed by the units in reach: the department sees
 * what is due, late or missing; an enterprise files its own (the annual form pre-filled, a temporary report here).
 */
export function DisclosureReportsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const client = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [state, setState] = useState<ReportState | undefined>();
  const [temp, setTemp] = useState<DisclosureReportRow | null>(null);
  const [form] = Form.useForm<{ text: string }>();
  const query = { year, ...(state ? { state } : {}) };
  const reports = useQuery({ queryKey: ['credit', 'reports', query], queryFn: () => fetchReports(query) });
  const canFile = hasPermission(me, 'credit:disclose');
  const file = useMutation({
    mutationFn: (text: string) =>
      fileTemporary({ enterpriseId: temp!.enterpriseId, eventRef: temp!.eventRef, content: { text } }),
    onSuccess: async () => {
      setTemp(null);
      await client.invalidateQueries({ queryKey: ['credit', 'reports'] });
    },
  });
  return (
    <>
      <PageHeader
        title={t('creditRating.reports.title')}
        extra={
          <Space>
            <YearSelect value={year} onChange={setYear} testId="reports-year" />
            {/* Buttons, not a select: a select's accessible list would print the raw state codes. */}
            <Radio.Group
              optionType="button"
              value={state ?? 'all'}
              onChange={(e) => setState(e.target.value === 'all' ? undefined : (e.target.value as ReportState))}
              data-testid="reports-state"
              options={[
                { value: 'all', label: t('creditRating.reports.all') },
                ...(['overdue', 'due', 'filed_late', 'filed'] as const).map((s) => ({
                  value: s,
                  label: t(`creditRating.reportState.${s}`),
                })),
              ]}
            />
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('creditRating.reports.intro')}</Typography.Paragraph>
      <Card>
        <Table<DisclosureReportRow>
          rowKey={(r) => `${r.enterpriseId}|${r.kind}|${r.year}|${r.eventRef}`}
          loading={reports.isFetching}
          dataSource={reports.data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('creditRating.reports.empty') }}
          data-testid="reports-table"
          columns={[
            { title: t('creditRating.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('creditRating.uscc'), dataIndex: 'uscc' },
            {
              title: t('creditRating.reports.kind'),
              key: 'kind',
              render: (_, r) =>
                r.kind === 'annual'
                  ? t('creditRating.reports.annual', { year: r.year })
                  : t(`creditRating.events.${r.event!}`),
            },
            {
              title: t('creditRating.reports.event'),
              key: 'event',
              render: (_, r) => (r.eventDate ? `${r.eventLabel}（${r.eventDate}）` : '—'),
            },
            {
              title: t('creditRating.reports.due'),
              key: 'due',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{r.dueDate}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.rule.citation}
                    {r.rule.dayKind === 'working' ? t('creditRating.reports.workingDays', { days: r.rule.days }) : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('creditRating.reports.filedOn'), key: 'filed', render: (_, r) => r.filedOn ?? '—' },
            {
              title: t('creditRating.reports.state'),
              key: 'state',
              render: (_, r) => (
                <Tag color={STATE_COLOURS[r.state]} data-testid={`report-state-${r.state}`}>
                  {t(`creditRating.reportState.${r.state}`)}
                </Tag>
              ),
            },
            {
              title: '',
              key: 'act',
              render: (_, r) =>
                !canFile || r.filedOn || r.state === 'not_due' ? null : r.kind === 'annual' ? (
                  <Link
                    to={`/app/credit/disclosure/annual/${r.enterpriseId}/${r.year}`}
                    data-testid={`annual-file-${r.year}`}
                  >
                    {t('creditRating.reports.fileAnnual')}
                  </Link>
                ) : (
                  <Button size="small" onClick={() => setTemp(r)} data-testid="temporary-file">
                    {t('creditRating.reports.fileTemporary')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={temp !== null}
        title={temp ? t(`creditRating.events.${temp.event!}`) : ''}
        onCancel={() => setTemp(null)}
        onOk={() => void form.validateFields().then((v) => file.mutate(v.text))}
        confirmLoading={file.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="text" label={t('creditRating.reports.temporaryText')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
