import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '@ecocloud/contracts';
import { useMonthlyStep } from '../hooks/useMonthly';
import { monthlyDocumentUrl } from '../monthly-api';

const STATE_COLORS = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'error',
  released: 'green',
};

/**
 * The steps the report's state and the user's permissions allow: compile (plan owners, while draft or
 * returned), submit, approve or return with a reason (a leader), release; downloads for everyone who reads it.
 */
export function MonthlyActions({
  planId,
  month,
  report,
  canWrite,
  canApprove,
}: {
  planId: string;
  month: string;
  report: MonthlyReport | null;
  canWrite: boolean;
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const step = useMonthlyStep();
  const done = (key: string) => () => void message.success(t(`workplan.monthly.done.${key}`));
  const state = report?.state;
  const recompilable = !report || state === 'draft' || state === 'returned';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {report ? (
          <Tag color={STATE_COLORS[report.state]} data-testid="monthly-state" data-state={report.state}>
            {t(`workplan.monthly.states.${report.state}`)}
          </Tag>
        ) : (
          <Tag data-testid="monthly-state" data-state="none">
            {t('workplan.monthly.notCompiled')}
          </Tag>
        )}
        {canWrite && recompilable ? (
          <Button
            data-testid="monthly-compile"
            loading={step.isPending}
            onClick={() => step.mutate({ kind: 'compile', planId, month }, { onSuccess: done('compile') })}
          >
            {report ? t('workplan.monthly.recompile') : t('workplan.monthly.compile')}
          </Button>
        ) : null}
        {canWrite && report && state === 'draft' ? (
          <Button
            type="primary"
            data-testid="monthly-submit"
            onClick={() => step.mutate({ kind: 'submit', id: report.id }, { onSuccess: done('submit') })}
          >
            {t('workplan.monthly.submit')}
          </Button>
        ) : null}
        {canApprove && report && state === 'submitted' ? (
          <Button
            type="primary"
            data-testid="monthly-approve"
            onClick={() =>
              step.mutate(
                { kind: 'decide', id: report.id, body: { decision: 'approve' } },
                { onSuccess: done('approve') },
              )
            }
          >
            {t('workplan.monthly.approve')}
          </Button>
        ) : null}
        {canWrite && report && state === 'approved' ? (
          <Button
            type="primary"
            data-testid="monthly-release"
            onClick={() => step.mutate({ kind: 'release', id: report.id }, { onSuccess: done('release') })}
          >
            {t('workplan.monthly.release')}
          </Button>
        ) : null}
        {report ? (
          <>
            <Button
              icon={<FileWordOutlined />}
              href={monthlyDocumentUrl(report.id, 'docx')}
              download
              data-testid="monthly-docx"
            >
              {t('workplan.monthly.downloadWord')}
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              href={monthlyDocumentUrl(report.id, 'pdf')}
              download
              data-testid="monthly-pdf"
            >
              {t('workplan.monthly.downloadPdf')}
            </Button>
          </>
        ) : null}
      </Space>
      {canApprove && report && state === 'submitted' ? (
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input
            data-testid="monthly-return-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('workplan.monthly.reasonPlaceholder')}
          />
          <Button
            danger
            data-testid="monthly-return"
            disabled={reason.trim() === ''}
            onClick={() =>
              step.mutate(
                { kind: 'decide', id: report.id, body: { decision: 'return', reason: reason.trim() } },
                { onSuccess: done('return') },
              )
            }
          >
            {t('workplan.monthly.return')}
          </Button>
        </Space.Compact>
      ) : null}
      {report?.state === 'returned' && report.returnReason ? (
        <Typography.Text type="danger" data-testid="monthly-return-note">
          {t('workplan.monthly.returnedBecause', { reason: report.returnReason })}
        </Typography.Text>
      ) : null}
      {report?.frozenSha256 ? <Typography.Text type="secondary">{t('workplan.monthly.frozen')}</Typography.Text> : null}
    </Space>
  );
}
