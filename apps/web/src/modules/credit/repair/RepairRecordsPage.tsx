import type { PunishmentClassId, PunishmentRecord } from '@ecocloud/contracts';
import { PUBLICATION_STATES, PUNISHMENT_CLASS_IDS } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { fetchRecords, setRecordClass } from './repair-api';
import { CandidatesModal } from './CandidatesModal';
import { HandRecordModal } from './HandRecordModal';
import { RepairRequestModal } from './RepairRequestModal';
import { DutyTags, repairErrorText, shanghaiToday, StateTag } from './repair-words';

/**
 * /app/credit/repair/records — the punishment records in the user's scope with their class, regime, dates and
 * whether they are published today. Officers (credit:write) create them from decisions and confirm the class;
 * the enterprise's own users (credit:disclose) and officers ask for repair from the earliest repair date.
 */
export function RepairRecordsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [state, setState] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [candidates, setCandidates] = useState(false);
  const [byHand, setByHand] = useState(false);
  const [requesting, setRequesting] = useState<PunishmentRecord | null>(null);
  const writer = hasPermission(me, 'credit:write');
  const mayRequest = writer || hasPermission(me, 'credit:disclose');
  const query = { ...(q ? { q } : {}), ...(state ? { state: state as PunishmentRecord['state'] } : {}), ...paging };
  const list = useQuery({
    queryKey: ['credit', 'repair', 'records', query],
    queryFn: () => fetchRecords(query),
    placeholderData: keepPreviousData,
  });
  const classify = useMutation({
    mutationFn: (v: { id: string; cls: PunishmentClassId }) => setRecordClass(v.id, v.cls),
    onSuccess: () => client.invalidateQueries({ queryKey: ['credit', 'repair'] }),
    onError: (e) => void message.error(repairErrorText(e, t)),
  });
  const today = shanghaiToday();
  const dash = t('credit.repair.records.none');
  return (
    <>
      <PageHeader
        title={t('credit.repair.records.title')}
        extra={
          writer ? (
            <Space>
              <Button onClick={() => setByHand(true)} data-testid="credit-by-hand">
                {t('credit.repair.hand.title')}
              </Button>
              <Button type="primary" onClick={() => setCandidates(true)} data-testid="credit-from-cases">
                {t('credit.repair.records.fromCases')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('credit.repair.records.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            style={{ width: 320 }}
            placeholder={t('credit.repair.records.search')}
            onSearch={(v) => {
              setQ(v.trim());
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('credit.repair.records.state')}
            value={state}
            onChange={(v) => {
              setState(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={PUBLICATION_STATES.map((s) => ({ value: s, label: t(`credit.repair.states.${s}`) }))}
          />
        </Space>
      </Card>
      <Card>
        <Table<PunishmentRecord>
          rowKey="id"
          data-testid="credit-records"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('credit.repair.records.empty') }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: t('credit.repair.records.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('credit.repair.records.decisionNo'), dataIndex: 'decisionNo' },
            {
              title: t('credit.repair.records.class'),
              key: 'class',
              render: (_, r) =>
                writer && !r.repairedOn ? (
                  <Select<PunishmentClassId>
                    size="small"
                    style={{ width: 120 }}
                    value={r.punishmentClass}
                    data-testid={`class-${r.id}`}
                    onChange={(cls) => classify.mutate({ id: r.id, cls })}
                    options={PUNISHMENT_CLASS_IDS.map((c) => ({ value: c, label: t(`credit.repair.classes.${c}`) }))}
                  />
                ) : (
                  t(`credit.repair.classes.${r.punishmentClass}`)
                ),
            },
            {
              title: '',
              key: 'source',
              render: (_, r) =>
                r.classSource === 'default' ? <Tag color="orange">{t('credit.repair.classSource.default')}</Tag> : null,
            },
            {
              title: t('credit.repair.records.regime'),
              key: 'regime',
              render: (_, r) => (
                <Tooltip
                  title={[r.rule, ...(r.unverified.length ? [t('credit.repair.records.unverified')] : [])].join(' ')}
                >
                  <span>{t(`credit.repair.regimes.${r.regimeId}`, { defaultValue: r.regimeId })}</span>
                </Tooltip>
              ),
            },
            { title: t('credit.repair.records.decisionDate'), dataIndex: 'decisionDate' },
            {
              title: t('credit.repair.records.earliestRepair'),
              key: 'earliest',
              render: (_, r) => r.earliestRepairDate ?? dash,
            },
            {
              title: t('credit.repair.records.removal'),
              key: 'removal',
              render: (_, r) => r.automaticRemovalDate ?? dash,
            },
            {
              title: t('credit.repair.records.state'),
              key: 'state',
              render: (_, r) => <StateTag state={r.state} kind="states" />,
            },
            {
              title: t('credit.repair.records.duties'),
              key: 'duties',
              render: (_, r) => <DutyTags duties={r.duties} />,
            },
            {
              title: t('credit.repair.records.actions'),
              key: 'actions',
              render: (_, r) => {
                if (!mayRequest || r.state !== 'published' || !r.earliestRepairDate) return null;
                if (r.earliestRepairDate > today)
                  return (
                    <Typography.Text type="secondary">
                      {t('credit.repair.records.notYet', { date: r.earliestRepairDate })}
                    </Typography.Text>
                  );
                return (
                  <Button size="small" onClick={() => setRequesting(r)} data-testid={`apply-${r.id}`}>
                    {t('credit.repair.records.apply')}
                  </Button>
                );
              },
            },
          ]}
        />
      </Card>
      {writer ? <CandidatesModal open={candidates} onClose={() => setCandidates(false)} /> : null}
      {writer ? <HandRecordModal open={byHand} onClose={() => setByHand(false)} /> : null}
      <RepairRequestModal record={requesting} onClose={() => setRequesting(null)} />
    </>
  );
}
