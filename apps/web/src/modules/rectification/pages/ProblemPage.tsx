import { Button, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { EvidenceCard } from '../components/EvidenceCard';
import { MonitoringCard } from '../components/MonitoringCard';
import { PlanCard } from '../components/PlanCard';
import { StatusTag } from '../components/StatusTag';
import { StepsCard } from '../components/StepsCard';
import { SupervisionCard } from '../components/SupervisionCard';
import { useProblem } from '../hooks/useRectification';

/**
 * /app/rectification/problems/:id — one problem: its plan (Code art. 29), the live monitoring class, the
 * steps this user may take (progress, acceptance, notice, close-out, rebound), the notice period, the evidence,
 * the supervision notices (督办) and, for those who write, the way to edit the plan.
 */
export function ProblemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useProblem(id);
  const { me } = useSession();
  const back = (
    <Button onClick={() => void navigate('/app/rectification/problems')} data-testid="problem-back">
      {t('rectification.problem.back')}
    </Button>
  );
  const edit = hasPermission(me, 'rectification:write') ? (
    <Button
      onClick={() => void navigate(`/app/rectification/problems/${encodeURIComponent(id)}/edit`)}
      data-testid="problem-edit"
    >
      {t('rectification.problem.edit')}
    </Button>
  ) : null;
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
        extra={
          <Space>
            {edit}
            {back}
          </Space>
        }
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
          <SupervisionCard detail={detail} />
        </Col>
      </Row>
    </div>
  );
}
