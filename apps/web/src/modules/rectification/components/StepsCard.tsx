import type { ProblemDetail, ProblemStep } from '@ecocloud/contracts';
import { Alert, Button, Card, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepModal } from './StepModal';

/**
 * The steps this user may take now (the server's `allowedSteps`, by state and permission), the public
 * notice with its working-day period, and the problem's dated record.
 */
export function StepsCard({ detail }: { detail: ProblemDetail }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ProblemStep | null>(null);
  const p = (key: string, o?: Record<string, unknown>) => t(`rectification.problem.${key}`, o);
  const notice = detail.notice;
  return (
    <Card title={p('actions')} size="small" style={{ marginBottom: 16 }} data-testid="steps-card">
      <Space wrap style={{ marginBottom: 12 }}>
        {detail.allowedSteps.map((s, i) => (
          <Button key={s} type={i === 0 ? 'primary' : 'default'} onClick={() => setStep(s)} data-testid={`step-${s}`}>
            {t(`rectification.steps.${s}`)}
          </Button>
        ))}
      </Space>
      <div data-testid="notice">
        <Typography.Text strong>{p('notice')}：</Typography.Text>
        {notice ? (
          <>
            <span data-testid="notice-range">
              {p('noticeRange', { from: notice.from, to: notice.to, days: notice.workingDays })}
            </span>
            {detail.state === 'higher_accepted' ? (
              <Alert
                style={{ marginTop: 8 }}
                type={notice.isOver ? 'success' : 'info'}
                showIcon
                title={p(notice.isOver ? 'noticeOver' : 'noticeRunning')}
                data-testid="notice-state"
              />
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{p('noNotice')}</Typography.Text>
        )}
        {detail.closedOn ? (
          <div>
            {p('closedOn')}：<span data-testid="closed-on">{detail.closedOn}</span>
          </div>
        ) : null}
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {p('timeline')}
      </Typography.Title>
      <Timeline
        data-testid="timeline"
        items={[...detail.events].reverse().map((e) => ({
          key: e.id,
          color: e.step === 'reject' || e.step === 'rebound' || e.step === 'accountability' ? 'red' : 'blue',
          content: (
            <div>
              <Typography.Text strong>{e.date}</Typography.Text> {t(`rectification.steps.${e.step}`)}
              {e.unit ? `（${e.unit}）` : ''}
              {e.note ? <div>{e.note}</div> : null}
              <Typography.Text type="secondary">{e.by}</Typography.Text>
            </div>
          ),
        }))}
      />
      {step ? (
        <StepModal
          problemId={detail.id}
          step={step}
          acceptanceUnit={detail.acceptanceUnit}
          onClose={() => setStep(null)}
        />
      ) : null}
    </Card>
  );
}
