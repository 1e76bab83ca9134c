import type { ComplaintActionBody } from '@ecocloud/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Image,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { photoUrl } from '../api';
import { ActionModal } from '../components/ActionModal';
import { ComplaintStateTag } from '../components/ComplaintStateTag';
import { IdentityCard } from '../components/IdentityCard';
import { useComplaint } from '../hooks/useComplaints';

/** /app/complaints/reports/:id — the report, its legal clocks, its history, the steps the user may take. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useComplaint(id);
  const [action, setAction] = useState<ComplaintActionBody['kind'] | null>(null);
  if (query.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!query.data) return <Alert type="warning" showIcon title={t('complaints.detail.notFound')} />;
  const c = query.data;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t(`complaints.kinds.${c.kind}`)}
            <span translate="no">{c.ref}</span>
            <ComplaintStateTag state={c.state} />
          </Space>
        }
        extra={
          <Space wrap>
            {c.actions.map((a) => (
              <Button key={a} onClick={() => setAction(a as ComplaintActionBody['kind'])} data-testid={`action-${a}`}>
                {t(`complaints.actions.${a}`)}
              </Button>
            ))}
          </Space>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('complaints.detail.facts')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('complaints.detail.description')}>{c.description}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.list.address')}>{c.address}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.detail.occurred')}>{c.occurredOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.detail.channel')}>
                {t(`complaints.channels.${c.channel}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('complaints.list.org')}>{c.handlingOrgName}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.detail.classification')}>
                {c.classification ? t(`complaints.classes.${c.classification}`) : '—'}
              </Descriptions.Item>
              {c.enterpriseName ? (
                <Descriptions.Item label={t('complaints.detail.enterprise')}>{c.enterpriseName}</Descriptions.Item>
              ) : null}
              {c.enforcementCaseId ? (
                <Descriptions.Item label={t('complaints.detail.case')}>{c.enforcementCaseId}</Descriptions.Item>
              ) : null}
              {c.referral ? (
                <Descriptions.Item label={t('complaints.detail.referral')}>{c.referral}</Descriptions.Item>
              ) : null}
            </Descriptions>
            {c.photoIds.length ? (
              <Image.PreviewGroup>
                <Space>
                  {c.photoIds.map((p) => (
                    <Image key={p} width={96} src={photoUrl(c.id, p)} />
                  ))}
                </Space>
              </Image.PreviewGroup>
            ) : null}
          </Card>
          {c.draftAnswer || c.publishedAnswer ? (
            <Card
              size="small"
              title={c.publishedAnswer ? t('complaints.detail.answer') : t('complaints.detail.draft')}
              style={{ marginBottom: 16 }}
            >
              <Typography.Paragraph data-testid="complaint-answer">
                {c.publishedAnswer ?? c.draftAnswer}
              </Typography.Paragraph>
              <Space>
                {c.substantiated !== null ? (
                  <Tag>
                    {c.substantiated ? t('complaints.detail.substantiated') : t('complaints.detail.notSubstantiated')}
                  </Tag>
                ) : null}
                {c.satisfaction ? (
                  <Tag color={c.satisfaction === 'satisfied' ? 'green' : 'red'}>
                    {t(`complaints.detail.${c.satisfaction}`)}
                  </Tag>
                ) : null}
              </Space>
              {c.reviewAnswer ? (
                <Typography.Paragraph>{`${t('complaints.detail.review')}：${c.reviewAnswer}`}</Typography.Paragraph>
              ) : null}
              {c.reReviewReason ? (
                <Typography.Paragraph>{`${t('complaints.detail.reReviewReason')}：${c.reReviewReason}`}</Typography.Paragraph>
              ) : null}
              {c.reReviewAnswer ? (
                <Typography.Paragraph>{`${t('complaints.detail.reReview')}：${c.reReviewAnswer}`}</Typography.Paragraph>
              ) : null}
            </Card>
          ) : null}
          <Card size="small" title={t('complaints.detail.clocks')} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={c.clocks}
              data-testid="complaint-clocks"
              columns={[
                { title: '', dataIndex: 'code', render: (code: string) => t(`complaints.clocks.${code}`) },
                {
                  title: t('complaints.detail.due'),
                  dataIndex: 'dueDate',
                  render: (d: string, k) => (
                    <Space size={4}>
                      {d}
                      {k.rolled ? <Tag>{t('complaints.detail.rolled')}</Tag> : null}
                      {k.extended ? <Tag>{t('complaints.detail.extendedBy', { days: k.extended })}</Tag> : null}
                      {k.overdue ? <Tag color="red">{t('complaints.detail.late')}</Tag> : null}
                    </Space>
                  ),
                },
                { title: t('complaints.detail.done'), dataIndex: 'doneOn', render: (d: string | null) => d ?? '—' },
                { title: '', dataIndex: ['rule', 'citation'], ellipsis: true },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <IdentityCard id={c.id} anonymous={c.anonymous} allowed={c.canViewIdentity} />
          {c.possibleDuplicates.length ? (
            <Card
              size="small"
              title={t('complaints.detail.duplicates')}
              style={{ marginBottom: 16 }}
              data-testid="complaint-duplicates"
            >
              {c.possibleDuplicates.map((d) => (
                <div key={d.id} translate="no">{`${d.ref} ${d.receivedOn} ${d.address}`}</div>
              ))}
            </Card>
          ) : null}
          <Card size="small" title={t('complaints.detail.timeline')}>
            <Timeline
              items={c.events.map((e) => ({
                key: e.id,
                content: `${e.date} ${t(`complaints.events.${e.kind}`, { defaultValue: e.kind })}${e.note ? `：${e.note}` : ''}`,
              }))}
            />
          </Card>
        </Col>
      </Row>
      <ActionModal kind={action} detail={c} onClose={() => setAction(null)} />
    </>
  );
}
