import type { RepairRequest } from '@ecocloud/contracts';
import { REPAIR_REQUEST_STATES } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { decideRepair, fetchRequests } from './repair-api';
import { DutyTags, repairErrorText, StateTag } from './repair-words';

type Deciding = { request: RepairRequest; decision: 'approve' | 'reject' };

/**
 * /app/credit/repair/requests — the repair requests in scope with each duty's state; a reviewer
 * (credit:review) approves (only with every duty met) or rejects, with the reason.
 */
export function RepairRequestsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const reviewer = hasPermission(me, 'credit:review');
  const [state, setState] = useState<string | undefined>('pending');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [reason, setReason] = useState('');
  const query = { ...(state ? { state } : {}), ...paging };
  const list = useQuery({
    queryKey: ['credit', 'repair', 'requests', query],
    queryFn: () => fetchRequests(query),
    placeholderData: keepPreviousData,
  });
  const decide = useMutation({
    mutationFn: (d: Deciding) => decideRepair(d.request.id, d.decision, reason.trim()),
    onSuccess: () => {
      void message.success(t('credit.repair.requests.decided'));
      setDeciding(null);
      setReason('');
      return client.invalidateQueries({ queryKey: ['credit', 'repair'] });
    },
  });
  return (
    <>
      <PageHeader title={t('credit.repair.requests.title')} />
      <Typography.Paragraph type="secondary">{t('credit.repair.requests.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('credit.repair.requests.state')}
          value={state}
          onChange={(v) => {
            setState(v);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={REPAIR_REQUEST_STATES.map((s) => ({ value: s, label: t(`credit.repair.requestStates.${s}`) }))}
        />
      </Card>
      <Card>
        <Table<RepairRequest>
          rowKey="id"
          data-testid="credit-requests"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('credit.repair.requests.empty') }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: t('credit.repair.records.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('credit.repair.records.decisionNo'), dataIndex: 'decisionNo' },
            { title: t('credit.repair.requests.requestedOn'), dataIndex: 'requestedOn' },
            {
              title: t('credit.repair.requests.filedBy'),
              key: 'filedBy',
              render: (_, r) => t(`credit.repair.filedBy.${r.filedBy}`),
            },
            {
              title: t('credit.repair.records.duties'),
              key: 'duties',
              render: (_, r) => <DutyTags duties={r.duties} />,
            },
            {
              title: t('credit.repair.requests.state'),
              key: 'state',
              render: (_, r) => <StateTag state={r.state} kind="requestStates" />,
            },
            { title: t('credit.repair.requests.decidedOn'), key: 'decidedOn', render: (_, r) => r.decidedOn ?? '' },
            { title: t('credit.repair.requests.reason'), dataIndex: 'reason' },
            {
              title: t('credit.repair.records.actions'),
              key: 'actions',
              render: (_, r) =>
                reviewer && r.state === 'pending' ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      disabled={!r.dutiesMet}
                      title={r.dutiesMet ? undefined : t('credit.repair.requests.dutiesUnmet')}
                      data-testid={`approve-${r.id}`}
                      onClick={() => setDeciding({ request: r, decision: 'approve' })}
                    >
                      {t('credit.repair.requests.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      data-testid={`reject-${r.id}`}
                      onClick={() => setDeciding({ request: r, decision: 'reject' })}
                    >
                      {t('credit.repair.requests.reject')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={deciding !== null}
        title={deciding ? t(`credit.repair.requests.${deciding.decision}`) : ''}
        okButtonProps={{ disabled: !reason.trim(), loading: decide.isPending, 'data-testid': 'decision-submit' }}
        onOk={() => deciding && decide.mutate(deciding)}
        onCancel={() => {
          decide.reset();
          setDeciding(null);
        }}
        destroyOnHidden
      >
        {deciding ? <DutyTags duties={deciding.request.duties} /> : null}
        <Input.TextArea
          rows={3}
          style={{ marginTop: 12 }}
          maxLength={1000}
          value={reason}
          data-testid="decision-reason"
          placeholder={t('credit.repair.requests.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
        />
        {decide.error ? (
          <Alert style={{ marginTop: 12 }} type="error" showIcon title={repairErrorText(decide.error, t)} />
        ) : null}
      </Modal>
    </>
  );
}
