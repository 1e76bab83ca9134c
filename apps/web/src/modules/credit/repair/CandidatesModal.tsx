import type { PunishmentClassId } from '@ecocloud/contracts';
import { PUNISHMENT_CLASS_IDS } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanText } from '../../enforcement';
import { createRecordFromCase, fetchCandidates, type CaseCandidate } from './repair-api';
import { repairErrorText } from './repair-words';

/** Decided cases without a record: the officer confirms or changes the default class and creates the record. */
export function CandidatesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Record<string, PunishmentClassId>>({});
  const list = useQuery({ queryKey: ['credit', 'repair', 'candidates'], queryFn: fetchCandidates, enabled: open });
  const create = useMutation({
    mutationFn: (c: CaseCandidate) => createRecordFromCase(c.caseId, chosen[c.caseId] ?? c.defaultClass),
    onSuccess: () => {
      void message.success(t('credit.repair.candidates.created'));
      return client.invalidateQueries({ queryKey: ['credit', 'repair'] });
    },
    onError: (e) => void message.error(repairErrorText(e, t)),
  });
  return (
    <Modal open={open} onCancel={onClose} footer={null} width={900} title={t('credit.repair.candidates.title')}>
      <Typography.Paragraph type="secondary">{t('credit.repair.candidates.note')}</Typography.Paragraph>
      <Table<CaseCandidate>
        rowKey="caseId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('credit.repair.candidates.empty') }}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('credit.repair.candidates.caseNo'), dataIndex: 'caseNo' },
          { title: t('credit.repair.records.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('credit.repair.candidates.fine'), key: 'fine', render: (_, c) => yuanText(c.fineYuan, t) },
          { title: t('credit.repair.records.decisionDate'), dataIndex: 'decisionDate' },
          {
            title: t('credit.repair.records.class'),
            key: 'class',
            render: (_, c) => (
              <Select<PunishmentClassId>
                size="small"
                style={{ width: 120 }}
                value={chosen[c.caseId] ?? c.defaultClass}
                onChange={(v) => setChosen((m) => ({ ...m, [c.caseId]: v }))}
                options={PUNISHMENT_CLASS_IDS.map((k) => ({ value: k, label: t(`credit.repair.classes.${k}`) }))}
              />
            ),
          },
          {
            title: '',
            key: 'create',
            render: (_, c) => (
              <Button size="small" type="primary" loading={create.isPending} onClick={() => create.mutate(c)}>
                {t('credit.repair.candidates.create')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}
