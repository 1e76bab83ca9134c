import type { InspectionChecklist, InspectionPlan } from '@ecocloud/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Result, Skeleton, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { useSession } from '../../auth/shared';
import { caseErrorText } from '../error-text';
import { fetchPlan } from '../inspections-api';
import { enforcementKeys } from '../query-keys';
import { shanghaiToday } from '../today';
import { draftFor, findDraft, newDraft, saveDraft, sendDraft, type InspectionDraft } from './draft-store';
import { RecordForm } from './RecordForm';
import { recordPath, RECORDS_PATH } from './record-paths';
import { recordKeys, useChecklist } from './useRecords';
import { UnitPicker } from './UnitPicker';

type Unit = NonNullable<InspectionPlan['objects']>[number];

/**
 * /app/enforcement/inspection-records/new?enterpriseId&planId&name (or ?draft=clientId) — the record
 * form on a phone. The draft is kept on the device at every change and resumed when the form is opened
 * again for the same unit and plan; a send without network leaves it 待发送 with a resend button.
 */
export function InspectionRecordFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const resumed = params.get('draft') ? findDraft(params.get('draft')!) : undefined;
  const enterpriseId = resumed?.enterpriseId ?? params.get('enterpriseId') ?? '';
  const planId = resumed ? resumed.planId : params.get('planId') || null;
  const back = (
    <Button size="large" onClick={() => void navigate(RECORDS_PATH)} data-testid="record-back">
      {t('enforcement.records.back')}
    </Button>
  );
  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }} data-testid="record-form-page">
      <PageHeader title={t('enforcement.records.formTitle')} extra={back} />
      {enterpriseId ? (
        <DraftEditor
          key={`${enterpriseId}/${planId ?? ''}`}
          enterpriseId={enterpriseId}
          planId={planId}
          name={params.get('name') ?? ''}
          initial={resumed ?? draftFor(enterpriseId, planId)}
        />
      ) : (
        <UnitPicker onPick={(id, name) => setParams({ enterpriseId: id, name })} />
      )}
    </div>
  );
}

function DraftEditor(props: {
  enterpriseId: string;
  planId: string | null;
  name: string;
  initial: InspectionDraft | undefined;
}) {
  const { t } = useTranslation();
  const checklist = useChecklist(props.enterpriseId);
  const plan = useQuery({
    queryKey: enforcementKeys.plan(props.planId ?? ''),
    queryFn: () => fetchPlan(props.planId!),
    enabled: Boolean(props.planId),
    meta: { silent: true },
  });
  const session = useSession();
  const unit = plan.data?.objects?.find((o) => o.enterpriseId === props.enterpriseId);
  // The new draft names the signed-in inspector and the plan's: wait for both.
  if (checklist.isPending || session.isLoading || (props.planId && plan.isPending)) return <Skeleton active />;
  if (!checklist.data)
    return <Result status="warning" title={caseErrorText(checklist.error, t)} data-testid="record-load-failed" />;
  return <Editor {...props} checklist={checklist.data} unit={unit} />;
}

function Editor({
  enterpriseId,
  planId,
  name,
  initial,
  checklist,
  unit,
}: {
  enterpriseId: string;
  planId: string | null;
  name: string;
  initial: InspectionDraft | undefined;
  checklist: InspectionChecklist;
  unit: Unit | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { me } = useSession();
  const positiveList = unit ? unit.method === 'non_site' : checklist.positiveList;
  const [draft, setDraft] = useState<InspectionDraft>(
    () =>
      initial ??
      newDraft({
        enterpriseId,
        enterpriseName: unit?.name ?? name,
        planId,
        date: shanghaiToday(),
        method: positiveList ? 'online_data' : 'site',
        inspectors: [
          ...new Set([...(me ? [me.displayName] : []), ...(unit?.inspectors.map((i) => i.displayName) ?? [])]),
        ],
      }),
  );
  const [storageFull, setStorageFull] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    setStorageFull(!saveDraft(draft));
  }, [draft]);

  const send = async () => {
    const anyNo = Object.values(draft.answers).some((a) => a.answer === 'no');
    const final = { ...draft, outcome: anyNo ? ('problems' as const) : draft.outcome };
    if (!final.inspectors.length) return setProblem(t('enforcement.records.needInspectors'));
    if (final.outcome === 'problems' && !final.findings.trim())
      return setProblem(t('enforcement.records.needFindings'));
    setProblem(null);
    setSending(true);
    const result = await sendDraft(final);
    setSending(false);
    if (result.ok) {
      void message.success(t('enforcement.records.sent'));
      void client.invalidateQueries({ queryKey: recordKeys.all() });
      void navigate(recordPath(result.record.id), { replace: true });
      return;
    }
    setDraft(result.draft);
    if (!result.pending) setProblem(caseErrorText(result.error, t));
  };

  return (
    <>
      {draft.status === 'pending' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={<Tag color="warning">{t('enforcement.records.pending')}</Tag>}
          description={t('enforcement.records.pendingDetail')}
          data-testid="record-pending"
        />
      ) : null}
      {storageFull ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('enforcement.records.storageFull')} />
      ) : null}
      <RecordForm
        draft={draft}
        checklist={checklist}
        positiveList={positiveList}
        onChange={(d) => setDraft({ ...d, status: d.status === 'pending' ? 'pending' : 'editing' })}
        onSend={() => void send()}
        sending={sending}
        problem={problem}
      />
    </>
  );
}
