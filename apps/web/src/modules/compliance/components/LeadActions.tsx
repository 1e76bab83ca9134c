import type { Lead } from '@ecocloud/contracts';
import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import type { LeadAction } from '../api';
import { useLeadAction } from '../hooks/useLeads';

type Kind = LeadAction['action'];

/** What each step sends, its words and whether its text may be empty (a case's reason may). */
const STEPS: Record<Kind, { field: string; placeholder: string; done: string; optional?: boolean }> = {
  dismiss: { field: 'reason', placeholder: 'reasonPlaceholder', done: 'dismissed' },
  ask: { field: 'question', placeholder: 'questionPlaceholder', done: 'asked' },
  case: { field: 'reason', placeholder: 'casePlaceholder', done: 'caseRequested', optional: true },
  explain: { field: 'explanation', placeholder: 'explanationPlaceholder', done: 'explained' },
};

/**
 * The steps this user may take on the lead where it stands. Officers (compliance:triage) dismiss it,
 * ask the enterprise or turn it into a case lead while it is open or being explained; the enterprise
 * (compliance:explain) answers a question put to it. Dismissed and case leads are closed. The server
 * decides again.
 */
function availableSteps(lead: Pick<Lead, 'status'>, permissions: { triage: boolean; explain: boolean }): Kind[] {
  const steps: Kind[] = [];
  const live = lead.status === 'open' || lead.status === 'explanation_requested' || lead.status === 'explained';
  if (permissions.triage && live) {
    steps.push('dismiss');
    if (lead.status !== 'explanation_requested') steps.push('ask');
    steps.push('case');
  }
  if (permissions.explain && lead.status === 'explanation_requested') steps.push('explain');
  return steps;
}

export function LeadActions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const [open, setOpen] = useState<Kind | null>(null);
  const [form] = Form.useForm<{ text: string }>();
  const act = useLeadAction(lead.id);
  const steps = availableSteps(lead, {
    triage: hasPermission(me, 'compliance:triage'),
    explain: hasPermission(me, 'compliance:explain'),
  });
  if (steps.length === 0) return null;
  const step = open ? STEPS[open] : null;

  const submit = async ({ text }: { text?: string }) => {
    if (!open || !step) return;
    await act.mutateAsync({ action: open, [step.field]: (text ?? '').trim() } as LeadAction);
    void message.success(t(`compliance.lead.${step.done}`));
    form.resetFields();
    setOpen(null);
  };

  return (
    <div data-testid="lead-actions">
      <Space wrap style={{ marginBottom: 12 }}>
        {steps.map((kind) => (
          <Button
            key={kind}
            type={open === kind ? 'primary' : 'default'}
            danger={kind === 'case'}
            data-testid={`lead-action-${kind}`}
            onClick={() => {
              form.resetFields();
              setOpen(kind);
            }}
          >
            {t(`compliance.lead.${kind}`)}
          </Button>
        ))}
      </Space>
      {open && step ? (
        <Form form={form} layout="vertical" onFinish={submit} disabled={act.isPending}>
          <Form.Item
            name="text"
            rules={
              step.optional
                ? []
                : [
                    {
                      // The server trims before it counts: so does the form.
                      validator: (_, v?: string) =>
                        (v ?? '').trim().length >= 2
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('compliance.lead.tooShort'))),
                    },
                  ]
            }
          >
            <Input.TextArea
              data-testid="lead-action-text"
              rows={3}
              maxLength={open === 'explain' ? 2000 : 1000}
              placeholder={t(`compliance.lead.${step.placeholder}`)}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="lead-action-submit">
              {t('compliance.lead.submit')}
            </Button>
            <Button onClick={() => setOpen(null)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : null}
    </div>
  );
}
