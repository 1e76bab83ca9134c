import { UploadOutlined } from '@ant-design/icons';
import type { ProblemDetail } from '@ecocloud/contracts';
import { Alert, App, Button, Card, List, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { evidenceUrl } from '../api';
import { rectificationErrorText } from '../error-text';
import { MAX_EVIDENCE_BYTES, readAsBase64 } from '../files';
import { useAddEvidence } from '../hooks/useRectification';

/** The problem's documents and photos (downloads), and an upload for those who report (rectification:write). */
export function EvidenceCard({ detail }: { detail: ProblemDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const [kind, setKind] = useState<'document' | 'photo'>('document');
  const add = useAddEvidence(detail.id);
  const upload = async (file: File) => {
    if (file.size > MAX_EVIDENCE_BYTES) {
      void message.error(t('rectification.problem.tooLarge'));
      return;
    }
    await add.mutateAsync({
      kind,
      filename: file.name,
      contentType: file.type || 'application/octet-stream',
      contentBase64: await readAsBase64(file),
    });
    void message.success(t('rectification.problem.saved'));
  };
  return (
    <Card
      title={t('rectification.problem.evidence')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="evidence-card"
    >
      <List
        size="small"
        dataSource={detail.evidence}
        locale={{ emptyText: t('rectification.problem.noEvidence') }}
        renderItem={(e) => (
          <List.Item data-testid="evidence-item">
            <Space>
              <Typography.Text type="secondary">{t(`rectification.problem.${e.kind}`)}</Typography.Text>
              <a href={evidenceUrl(e.id)}>{e.filename}</a>
            </Space>
          </List.Item>
        )}
      />
      {hasPermission(me, 'rectification:write') ? (
        <Space wrap style={{ marginTop: 12 }}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as 'document' | 'photo')}
            options={[
              { value: 'document', label: t('rectification.problem.document') },
              { value: 'photo', label: t('rectification.problem.photo') },
            ]}
          />
          <Upload
            showUploadList={false}
            accept={kind === 'photo' ? 'image/*' : undefined}
            beforeUpload={(file) => {
              upload(file).catch(() => undefined); // the alert shows a refusal
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={add.isPending} data-testid="evidence-upload">
              {t('rectification.problem.addEvidence')}
            </Button>
          </Upload>
        </Space>
      ) : null}
      {add.error ? (
        <Alert type="error" showIcon title={rectificationErrorText(add.error, t)} style={{ marginTop: 8 }} />
      ) : null}
    </Card>
  );
}
