import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { assessmentPdfUrl, assessmentXlsxUrl } from '../api';
import { AssessmentTable } from '../components/AssessmentTable';
import { PlanSelect } from '../components/PlanSelect';
import { WeightsForm } from '../components/WeightsForm';
import { useAssessment } from '../hooks/useItems';
import { usePlanChoice } from '../hooks/usePlanChoice';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/workplan/assessment — year-end unit scores, the weights (editable with workplan:write) and the XLSX and PDF exports. */
export function WorkplanAssessmentPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { plan, plans, choose } = usePlanChoice();
  const rows = useAssessment(plan?.id);
  return (
    <>
      <PageHeader
        title={t('workplan.assessment.title')}
        extra={
          <Space wrap>
            {plans.length > 0 ? <PlanSelect plans={plans} value={plan?.id} onChange={choose} /> : null}
            {plan ? (
              <Button
                icon={<DownloadOutlined />}
                href={assessmentXlsxUrl(plan.id)}
                download
                data-testid="assessment-export"
              >
                {t('workplan.assessment.export')}
              </Button>
            ) : null}
            {plan ? (
              <Button
                icon={<FilePdfOutlined />}
                href={assessmentPdfUrl(plan.id)}
                download
                data-testid="assessment-export-pdf"
              >
                {t('workplan.assessment.exportPdf')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {plan && hasPermission(me, 'workplan:write') ? (
          <div style={{ marginBottom: 12 }}>
            <WeightsForm plan={plan} />
          </div>
        ) : null}
        <AssessmentTable rows={rows.data?.items ?? []} loading={rows.isFetching} />
      </Card>
    </>
  );
}
