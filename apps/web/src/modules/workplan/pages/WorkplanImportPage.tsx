import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, InputNumber, Space, Typography, Upload } from 'antd';
import { ImportProposalBodySchema } from '@ecocloud/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/shared';
import { ImportSaveForm, type ImportTarget } from '../components/ImportSaveForm';
import { ProposalTreeEditor } from '../components/ProposalTreeEditor';
import { useImportFlow } from '../hooks/useImportFlow';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * /app/workplan/import — paste the plan's text (or upload a .docx or .txt), read it into a proposal, review
 * and edit the tree, then save it into an existing plan or a new one.
 */
export function WorkplanImportPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [text, setText] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const flow = useImportFlow();
  const { proposal, items, result } = flow;

  const save = (target: ImportTarget) => {
    const checked = ImportProposalBodySchema.safeParse({ items, replace: target.replace });
    if (!checked.success) {
      setInvalid(
        checked.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; '),
      );
      return;
    }
    setInvalid(null);
    flow.save(target, me?.orgId ?? '');
  };

  return (
    <>
      <PageHeader title={t('workplan.importer.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Typography.Paragraph type="secondary">{t('workplan.importer.hint')}</Typography.Paragraph>
          <Input.TextArea
            data-testid="import-text"
            rows={8}
            value={text}
            placeholder={t('workplan.importer.paste')}
            onChange={(e) => setText(e.target.value)}
          />
          <Flex gap={8} wrap style={{ marginTop: 8 }} align="center">
            <InputNumber
              data-testid="import-year"
              placeholder={t('workplan.importer.year')}
              min={2000}
              max={2100}
              precision={0}
              style={{ width: 160 }}
              value={year}
              onChange={(v) => setYear(typeof v === 'number' ? v : null)}
            />
            <Button
              type="primary"
              data-testid="import-preview"
              disabled={text.trim() === ''}
              loading={flow.previewing}
              onClick={() => flow.preview({ text, ...(year ? { year } : {}) })}
            >
              {t('workplan.importer.preview')}
            </Button>
            <Upload
              accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              showUploadList={false}
              beforeUpload={(file) => {
                flow.preview({ file });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="import-upload">
                {t('workplan.importer.upload')}
              </Button>
            </Upload>
          </Flex>
        </Card>
        {proposal ? (
          <Card
            size="small"
            title={`${t('workplan.importer.proposal')}：${proposal.title || '—'}（${proposal.year}）`}
            extra={<span data-testid="import-counts">{t('workplan.importer.counts', flow.counts)}</span>}
          >
            {proposal.warnings.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                title={t('workplan.importer.warnings')}
                description={(
                  proposal.warningCodes?.map((w) => t(`workplan.importer.warningCodes.${w}`)) ?? proposal.warnings
                ).join('；')}
              />
            ) : null}
            <ProposalTreeEditor key={flow.version} items={items} year={proposal.year} onChange={flow.setItems} />
            <div style={{ marginTop: 16 }}>
              <Typography.Title level={5}>{t('workplan.importer.target')}</Typography.Title>
              <ImportSaveForm
                key={proposal.title}
                plans={flow.plans}
                title={proposal.title}
                year={proposal.year}
                saving={flow.saving}
                onSave={save}
              />
            </div>
            {invalid ? (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 8 }}
                data-testid="import-invalid"
                title={t('workplan.importer.invalid', { detail: invalid })}
              />
            ) : null}
          </Card>
        ) : null}
        {result ? (
          <Alert
            type={result.unmatchedUnits.length > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="import-result"
            title={t('workplan.importer.saved', { created: result.created, indicators: result.indicators })}
            description={
              <Space orientation="vertical">
                {result.unmatchedUnits.length > 0 ? (
                  <span data-testid="import-unmatched">
                    {t('workplan.importer.unmatched', { names: result.unmatchedUnits.join('、') })}
                  </span>
                ) : null}
                <Link to={`/app/workplan?plan=${encodeURIComponent(result.planId)}`} data-testid="import-open-board">
                  {t('workplan.importer.openBoard')}
                </Link>
              </Space>
            }
          />
        ) : null}
      </Space>
    </>
  );
}
