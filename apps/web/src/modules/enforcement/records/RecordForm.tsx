import { INSPECTION_METHODS, INSPECTION_OUTCOMES, type InspectionChecklist } from '@ecocloud/contracts';
import { Alert, Button, Card, Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { shanghaiToday } from '../today';
import { ChecklistField } from './ChecklistField';
import type { InspectionDraft } from './draft-store';
import { ImagesField } from './ImagesField';
import { LocationField } from './LocationField';

type Props = {
  draft: InspectionDraft;
  checklist: InspectionChecklist;
  /** The unit is checked off site (positive list, or the plan drew it so). */
  positiveList: boolean;
  onChange: (draft: InspectionDraft) => void;
  onSend: () => void;
  sending: boolean;
  /** A problem to show above the send button (already in words). */
  problem: string | null;
};

const label = (text: string) => <Typography.Text strong>{text}</Typography.Text>;

/**
 * The inspection record form, one column for a phone (390 px): the unit, day and method, inspectors,
 * location, the checklist, photos and signatures, findings and outcome; every change goes to the draft.
 */
export function RecordForm({ draft, checklist, positiveList, onChange, onSend, sending, problem }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<InspectionDraft>) => onChange({ ...draft, ...patch });
  const methods = positiveList ? INSPECTION_METHODS : (['site'] as const);
  const today = shanghaiToday();
  const anyNo = Object.values(draft.answers).some((a) => a.answer === 'no');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="record-form">
      <Card size="small">
        <Space orientation="vertical" size={10} style={{ width: '100%' }}>
          {label(t('enforcement.records.unit'))}
          <Typography.Text data-testid="record-unit">{draft.enterpriseName}</Typography.Text>
          {positiveList ? <Alert type="info" showIcon title={t('enforcement.records.positiveList')} /> : null}
          {label(t('enforcement.records.date'))}
          <Input
            type="date"
            size="large"
            max={today}
            value={draft.date}
            onChange={(e) => e.target.value && set({ date: e.target.value })}
            data-testid="record-date"
          />
          {label(t('enforcement.records.method'))}
          <Radio.Group
            size="large"
            value={draft.method}
            onChange={(e) => set({ method: e.target.value as InspectionDraft['method'] })}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            {methods.map((m) => (
              <Radio key={m} value={m} style={{ padding: '6px 0' }} data-testid={`record-method-${m}`}>
                {t(`enforcement.records.methods.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
          {positiveList && draft.method === 'site' ? (
            <>
              {label(t('enforcement.records.siteReason'))}
              <Input
                size="large"
                placeholder={t('enforcement.records.siteReasonHint')}
                value={draft.siteReason}
                maxLength={500}
                onChange={(e) => set({ siteReason: e.target.value })}
                data-testid="record-site-reason"
              />
            </>
          ) : null}
          {label(t('enforcement.records.inspectors'))}
          <Select
            mode="tags"
            size="large"
            style={{ width: '100%' }}
            placeholder={t('enforcement.records.inspectorsHint')}
            value={draft.inspectors}
            onChange={(v: string[]) =>
              set({
                inspectors: v
                  .map((s) => s.trim())
                  .filter(Boolean)
                  .slice(0, 8),
              })
            }
            open={false}
            suffixIcon={null}
            data-testid="record-inspectors"
          />
        </Space>
      </Card>
      <LocationField lon={draft.lon} lat={draft.lat} onChange={(at) => set(at)} />
      <ChecklistField checklist={checklist} answers={draft.answers} onChange={(answers) => set({ answers })} />
      <ImagesField
        kind="photo"
        multiple
        title={t('enforcement.records.photos')}
        addLabel={t('enforcement.records.addPhoto')}
        attachments={draft.attachments}
        onChange={(attachments) => set({ attachments })}
      />
      <ImagesField
        kind="signature_inspector"
        multiple={false}
        title={t('enforcement.records.signatureInspector')}
        addLabel={t('enforcement.records.addSignature')}
        attachments={draft.attachments}
        onChange={(attachments) => set({ attachments })}
      />
      <ImagesField
        kind="signature_party"
        multiple={false}
        title={t('enforcement.records.signatureParty')}
        addLabel={t('enforcement.records.addSignature')}
        attachments={draft.attachments}
        onChange={(attachments) => set({ attachments })}
      />
      <Card size="small">
        <Space orientation="vertical" size={10} style={{ width: '100%' }}>
          {label(t('enforcement.records.findings'))}
          <Input.TextArea
            rows={4}
            maxLength={4000}
            placeholder={t('enforcement.records.findingsHint')}
            value={draft.findings}
            onChange={(e) => set({ findings: e.target.value })}
            data-testid="record-findings"
          />
          {label(t('enforcement.records.outcome'))}
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="large"
            block
            value={anyNo ? 'problems' : draft.outcome}
            onChange={(e) => set({ outcome: e.target.value as InspectionDraft['outcome'] })}
          >
            {INSPECTION_OUTCOMES.map((o) => (
              <Radio.Button key={o} value={o} disabled={anyNo && o === 'compliant'} data-testid={`record-outcome-${o}`}>
                {t(`enforcement.records.outcomes.${o}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Space>
      </Card>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="record-problem" /> : null}
      <Button
        type="primary"
        size="large"
        block
        style={{ height: 52 }}
        loading={sending}
        onClick={onSend}
        data-testid="record-send"
      >
        {draft.status === 'pending' ? t('enforcement.records.resend') : t('enforcement.records.send')}
      </Button>
    </Space>
  );
}
