import { PlusOutlined } from '@ant-design/icons';
import { EXECUTION_REPORT_STATES } from '@ecocloud/contracts';
import { App, Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import type { ReportQuery } from '../api';
import { DeadlineOverridesCard } from '../components/DeadlineOverridesCard';
import { ReportSubmitModal } from '../components/ReportSubmitModal';
import { ReportsTable } from '../components/ReportsTable';
import { useReports } from '../hooks/useSources';
import { label, shanghaiToday } from '../labels';

/**
 * /app/sources/reports — execution reports by state. An enterprise user sees only its own units
 * (the API's scope) and submits; staff with sources:write may also enter a paper report's date.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const [query, setQuery] = useState<ReportQuery>({ year: Number(shanghaiToday().slice(0, 4)) });
  const [submitting, setSubmitting] = useState(false);
  const reports = useReports(query);
  const items = reports.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('sources.reports.title')}
        extra={
          hasPermission(me, 'sources:report') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setSubmitting(true)}
              data-testid="report-submit"
            >
              {t('sources.reports.submit')}
            </Button>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text>{t('sources.reports.year')}</Typography.Text>
          <InputNumber
            min={2000}
            max={2100}
            value={query.year}
            onChange={(year) => setQuery({ ...query, year: year ?? undefined })}
          />
          <Select
            allowClear
            placeholder={t('sources.field.state')}
            style={{ width: 160 }}
            value={query.state}
            onChange={(state) => setQuery({ ...query, state })}
            options={EXECUTION_REPORT_STATES.map((s) => ({ value: s, label: label('reportStates', s, t) }))}
          />
        </Space>
      </Card>
      <Card>
        <ReportsTable reports={items} loading={reports.isFetching} />
      </Card>
      {/* Moved deadlines hold for every permit: only province-wide writers change them. */}
      <DeadlineOverridesCard canWrite={hasPermission(me, 'sources:write') && me?.scope === 'all'} />
      <ReportSubmitModal
        open={submitting}
        reports={items}
        isStaff={hasPermission(me, 'sources:write')}
        onClose={() => setSubmitting(false)}
        onSaved={() => void message.success(t('sources.reports.submitted'))}
      />
    </>
  );
}
