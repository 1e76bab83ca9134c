import { Button, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { EvidenceCard } from '../components/EvidenceCard';
import { MonitoringCard } from '../components/MonitoringCard';
import { PlanCard } from '../components/PlanCard';
import { StatusTag } from '../components/StatusTag';
import { StepsCard } from '../components/StepsCard';
import { useProblem } from '../hooks/useRectification';

/**
 * /app/rectification/problems/:id — one problem: its plan (Code art. 29), the live monitoring class, the
 * steps this user may take (progress, acceptance, notice, close-out, rebound), the notice period and the evidence.
 */
export function ProblemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useProblem(id);
  const back = (
    <Button onClick={() => void navigate('/app/rectification/problems')} data-testid="problem-back">
      {t('rectification.problem.back')}
    </Button>
  );
  if (query.isPending) return <Skeleton active />;
  const detail = query.data;
  if (!detail)
    return (
      <Result status="404" title={t('rectification.problem.notFound')} extra={back} data-testid="problem-not-found" />
    );
  return (
    <div data-testid="problem-page">
      <PageHeader
        title={
          <Space wrap>
            <span>
              {detail.batchName} · {detail.itemNo}
            </span>
            <StatusTag status={detail.status} testId="problem-status" />
            {detail.reboundCount > 0 ? (
              <Tag color="magenta">{t('rectification.problems.rebounds', { count: detail.reboundCount })}</Tag>
            ) : null}
          </Space>
        }
        extra={back}
      />
      <Typography.Paragraph data-testid="problem-text">{detail.problem}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <PlanCard detail={detail} />
          {detail.monitoring ? <MonitoringCard monitoring={detail.monitoring} /> : null}
          <EvidenceCard detail={detail} />
        </Col>
        <Col xs={24} xl={10}>
          <StepsCard detail={detail} />
        </Col>
      </Row>
    </div>
  );
}
