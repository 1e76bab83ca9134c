import { Button, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { CaseActions } from '../components/CaseActions';
import { CaseFactsCard } from '../components/CaseFactsCard';
import { CaseStateTag } from '../components/CaseStateTag';
import { CaseTimeline } from '../components/CaseTimeline';
import { ClocksCard } from '../components/ClocksCard';
import { DailyPenaltyCard } from '../components/DailyPenaltyCard';
import { DocumentsCard } from '../components/DocumentsCard';
import { PenaltyCard } from '../components/PenaltyCard';
import { useCase } from '../hooks/useCases';

/**
 * /app/enforcement/cases/:id — one case: its facts and limitation, the steps this user may record, the
 * legal clocks, the fine by discretion, the timeline, the daily penalty and the documents.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useCase(id);
  const back = (
    <Button onClick={() => void navigate('/app/enforcement/cases')} data-testid="case-back">
      {t('enforcement.detail.back')}
    </Button>
  );
  if (query.isPending) return <Skeleton active />;
  const detail = query.data;
  if (!detail)
    return <Result status="404" title={t('enforcement.detail.notFound')} extra={back} data-testid="case-not-found" />;
  return (
    <div data-testid="case-page">
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="case-no">{detail.caseNo}</span>
            <CaseStateTag state={detail.state} testId="case-state" />
          </Space>
        }
        extra={back}
      />
      <Typography.Paragraph type="secondary" data-testid="case-title">
        {detail.title}
      </Typography.Paragraph>
      <CaseFactsCard detail={detail} />
      <CaseActions detail={detail} />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <ClocksCard clocks={detail.clocks} />
          <PenaltyCard detail={detail} />
          {detail.dailyPenalty ? <DailyPenaltyCard daily={detail.dailyPenalty} /> : null}
        </Col>
        <Col xs={24} xl={10}>
          <CaseTimeline detail={detail} />
          <DocumentsCard caseId={detail.id} />
        </Col>
      </Row>
    </div>
  );
}
