import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { LevelTag } from '../rating/levels';
import { fetchPrefill, fileAnnual, type AnnualContent } from './api';

/**
 * /app/credit/disclosure/annual/:enterpriseId/:year — the annual report (§12, due 15 March), pre-filled from the
 * record (permits, emitted amounts, penalties, credit level); the enterprise adds the rest and files it.
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const { enterpriseId = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const { me } = useSession();
  const client = useQueryClient();
  const key = ['credit', 'annual', enterpriseId, year];
  const prefill = useQuery({ queryKey: key, queryFn: () => fetchPrefill(enterpriseId, year) });
  const [form] = Form.useForm<AnnualContent>();
  const file = useMutation({
    mutationFn: (content: AnnualContent) => fileAnnual({ enterpriseId, year, content }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const p = prefill.data;
  if (!p) return <PageHeader title={t('creditRating.annual.title', { year })} />;
  return (
    <>
      <PageHeader title={t('creditRating.annual.heading', { name: p.enterpriseName, year })} />
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        {p.filed ? (
          <Alert
            type="success"
            showIcon
            message={t('creditRating.annual.filed', { day: p.filed.filedOn })}
            data-testid="annual-filed"
          />
        ) : (
          <Alert type="info" showIcon message={t('creditRating.annual.due', { day: p.dueDate })} />
        )}
        <Card title={t('creditRating.annual.fromRecord')}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('creditRating.uscc')}>{p.uscc}</Descriptions.Item>
            <Descriptions.Item label={t('creditRating.level')}>
              {p.creditLevel ? <LevelTag level={p.creditLevel} t={t} /> : t('creditRating.annual.noLevel')}
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.annual.temporary')}>{p.temporaryReports}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('creditRating.annual.permits')}</Typography.Title>
          <Table
            size="small"
            rowKey="permitNo"
            pagination={false}
            dataSource={p.permits}
            data-testid="annual-permits"
            columns={[
              { title: t('creditRating.annual.permitNo'), dataIndex: 'permitNo' },
              { title: t('creditRating.annual.validity'), key: 'v', render: (_, x) => `${x.validFrom} ~ ${x.validTo}` },
            ]}
          />
          <Typography.Title level={5}>{t('creditRating.annual.emissions')}</Typography.Title>
          <Table
            size="small"
            rowKey="pollutant"
            pagination={false}
            dataSource={p.emissions}
            locale={{ emptyText: t('creditRating.annual.noData') }}
            columns={[
              {
                title: t('creditRating.annual.pollutant'),
                key: 'pollutant',
                // The register's pollutant dictionary words (so2 → 二氧化硫); an unknown code as sent.
                render: (_, x) => t(`sources.pollutants.${x.pollutant.toLowerCase()}`, { defaultValue: x.pollutant }),
              },
              { title: t('creditRating.annual.amountKg'), dataIndex: 'amountKg' },
            ]}
          />
          <Typography.Title level={5}>{t('creditRating.annual.penalties')}</Typography.Title>
          <Table
            size="small"
            rowKey="caseNo"
            pagination={false}
            dataSource={p.penalties}
            locale={{ emptyText: t('creditRating.annual.noPenalty') }}
            columns={[
              { title: t('creditRating.annual.caseNo'), dataIndex: 'caseNo' },
              { title: t('creditRating.annual.decidedOn'), dataIndex: 'decidedOn' },
              { title: t('creditRating.annual.fine'), dataIndex: 'fineYuan' },
            ]}
          />
        </Card>
        {!p.filed && hasPermission(me, 'credit:disclose') ? (
          <Card title={t('creditRating.annual.byEnterprise')}>
            <Form
              form={form}
              layout="vertical"
              initialValues={{ carbonTonnes: null, insurance: '', note: '' }}
              onFinish={(v) => file.mutate(v)}
            >
              <Form.Item
                name="emergencyPlan"
                label={t('creditRating.annual.emergencyPlan')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={2} data-testid="annual-emergency" />
              </Form.Item>
              <Form.Item name="carbonTonnes" label={t('creditRating.annual.carbon')}>
                <InputNumber min={0} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="insurance" label={t('creditRating.annual.insurance')}>
                <Input />
              </Form.Item>
              <Form.Item name="note" label={t('creditRating.annual.note')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="annual-submit">
                {t('creditRating.annual.submit')}
              </Button>
            </Form>
          </Card>
        ) : null}
      </Space>
    </>
  );
}
