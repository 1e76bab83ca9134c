import { DownloadOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Progress, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { bulletinDocxUrl, bulletinPdfUrl, bulletinTablesUrl, jobFileUrl } from '../api';
import { useCreateBulletinJob, useJob, useRegionOptions } from '../hooks/useAdmin';
import { lastCompleteMonth, shanghaiToday } from '../periods';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * /app/assessment/bulletins — the monthly air bulletin: open the PDF (same-origin link, generated on
 * demand), download it as an editable Word document or its tables, or queue a generation job and
 * watch its progress.
 */
export function AssessmentBulletinsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [month, setMonth] = useState(() => lastCompleteMonth(shanghaiToday()));
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const [jobId, setJobId] = useState<string | null>(null);
  const regions = useRegionOptions();
  const createJob = useCreateBulletinJob();
  const job = useJob(jobId);
  const status = job.data?.status;

  return (
    <>
      <PageHeader title={t('assessment.bulletins.title')} />
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <DatePicker
              data-testid="bulletin-month"
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d: Dayjs | null) => d && setMonth(d.format('YYYY-MM'))}
            />
            <Select
              data-testid="bulletin-region"
              allowClear
              style={{ width: 180 }}
              placeholder={t('assessment.bulletins.province')}
              value={regionCode}
              onChange={setRegionCode}
              options={regions.cities.map((c) => ({ value: c.regionCode, label: c.name }))}
            />
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('assessment.bulletins.help', { month })}
          </Typography.Paragraph>
          <Space wrap>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              href={bulletinPdfUrl(month, regionCode)}
              target="_blank"
              rel="noopener"
              data-testid="bulletin-pdf"
            >
              {t('assessment.bulletins.openPdf')}
            </Button>
            <Button
              icon={<FileWordOutlined />}
              href={bulletinDocxUrl(month, regionCode)}
              download
              data-testid="bulletin-docx"
            >
              {t('assessment.bulletins.docx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={bulletinTablesUrl(month, regionCode)}
              download
              data-testid="bulletin-tables"
            >
              {t('assessment.bulletins.tables')}
            </Button>
            {hasPermission(me, 'assessment:write') ? (
              <Button
                data-testid="bulletin-queue"
                loading={createJob.isPending}
                onClick={() =>
                  createJob.mutate({ month, regionCode }, { onSuccess: (created) => setJobId(created.id) })
                }
              >
                {t('assessment.bulletins.queue')}
              </Button>
            ) : null}
          </Space>
          {job.data ? (
            <div data-testid="bulletin-job" data-status={status}>
              <Typography.Text>
                {t('assessment.bulletins.job', { status: t(`assessment.bulletins.statuses.${job.data.status}`) })}
              </Typography.Text>
              <Progress
                percent={job.data.percent}
                status={status === 'failed' ? 'exception' : status === 'done' ? 'success' : 'active'}
              />
              {status === 'failed' ? <Alert type="error" showIcon title={job.data.message ?? ''} /> : null}
              {status === 'done' ? (
                <Button
                  icon={<DownloadOutlined />}
                  href={jobFileUrl(job.data.id)}
                  target="_blank"
                  rel="noopener"
                  data-testid="bulletin-job-file"
                >
                  {job.data.fileName ?? t('assessment.bulletins.file')}
                </Button>
              ) : null}
            </div>
          ) : null}
        </Space>
      </Card>
    </>
  );
}
