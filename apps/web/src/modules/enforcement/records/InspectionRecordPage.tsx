import type { ChecklistItem } from '@ecocloud/contracts';
import { Button, Card, Descriptions, Image, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { casePath } from '../components/CasesTable';
import { attachmentUrl } from './records-api';
import { OUTCOME_COLORS } from './InspectionRecordsPage';
import { RECORDS_PATH } from './record-paths';
import { ToCaseButton } from './ToCaseButton';
import { useChecklist, useRecord } from './useRecords';

const ANSWER_COLORS: Record<string, string> = { yes: 'success', no: 'error', na: 'default' };

/** /app/enforcement/inspection-records/:id — one record: its facts, checklist answers, images; 转为案件. */
export function InspectionRecordPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useRecord(id);
  const checklist = useChecklist(query.data?.enterpriseId ?? '');
  const back = (
    <Button onClick={() => void navigate(RECORDS_PATH)} data-testid="record-back">
      {t('enforcement.records.back')}
    </Button>
  );
  if (query.isPending) return <Skeleton active />;
  const r = query.data;
  if (!r)
    return (
      <Result status="404" title={t('enforcement.records.notFound')} extra={back} data-testid="record-not-found" />
    );
  const texts = new Map(
    (checklist.data?.items ?? []).map((i: ChecklistItem) => [i.key, i18n.language.startsWith('zh') ? i.zh : i.en]),
  );
  const none = t('common.none');
  return (
    <div data-testid="record-page">
      <PageHeader
        title={t('enforcement.records.detailTitle', { name: r.enterpriseName })}
        extra={
          <Space wrap>
            {back}
            <ToCaseButton record={r} />
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('enforcement.records.date')}>{r.date}</Descriptions.Item>
          <Descriptions.Item label={t('enforcement.records.method')}>
            {t(`enforcement.records.methods.${r.method}`)}
          </Descriptions.Item>
          {r.siteReason ? (
            <Descriptions.Item label={t('enforcement.records.siteReason')}>{r.siteReason}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('enforcement.records.inspectors')}>
            {r.inspectors.map((i) => i.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.records.location')}>
            {r.lon !== null && r.lat !== null ? `${r.lon}, ${r.lat}` : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.records.outcome')}>
            <Tag color={OUTCOME_COLORS[r.outcome]} data-testid="record-outcome">
              {t(`enforcement.records.outcomes.${r.outcome}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.records.case')}>
            {r.caseId ? (
              <Link to={casePath(r.caseId)} data-testid="record-case-link">
                {t('enforcement.records.openCase')}
              </Link>
            ) : (
              none
            )}
          </Descriptions.Item>
          {r.planId ? (
            <Descriptions.Item label={t('enforcement.records.plan')}>
              <Link to={`/app/enforcement/inspections/${encodeURIComponent(r.planId)}`}>
                {t('enforcement.records.open')}
              </Link>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('enforcement.records.createdBy')}>
            {r.createdAt.slice(0, 16).replace('T', ' ')}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('enforcement.records.findings')}</Typography.Title>
        <Typography.Paragraph data-testid="record-findings-text">{r.findings || none}</Typography.Paragraph>
      </Card>
      <Card size="small" title={t('enforcement.records.checklist')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={r.checklist}
          data-testid="record-answers"
          columns={[
            { title: t('enforcement.records.checklist'), key: 'item', render: (_, a) => texts.get(a.key) ?? '' },
            {
              title: t('enforcement.records.outcome'),
              key: 'answer',
              render: (_, a) => (
                <Tag color={ANSWER_COLORS[a.answer]}>{t(`enforcement.records.answers.${a.answer}`)}</Tag>
              ),
            },
            { title: t('enforcement.records.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <Card size="small" title={t('enforcement.records.attachments')}>
        {r.attachments.length ? (
          <Image.PreviewGroup>
            <Space wrap>
              {r.attachments.map((a) => (
                <Space key={a.id} orientation="vertical" size={2} align="center">
                  <Image
                    width={120}
                    height={120}
                    style={{ objectFit: 'cover' }}
                    src={attachmentUrl(r.id, a.id)}
                    alt={a.fileName}
                  />
                  <Typography.Text type="secondary">
                    {t(
                      `enforcement.records.${a.kind === 'photo' ? 'photos' : a.kind === 'signature_inspector' ? 'signatureInspector' : 'signatureParty'}`,
                    )}
                  </Typography.Text>
                </Space>
              ))}
            </Space>
          </Image.PreviewGroup>
        ) : (
          <Typography.Text type="secondary">{t('enforcement.records.noAttachments')}</Typography.Text>
        )}
      </Card>
    </div>
  );
}
