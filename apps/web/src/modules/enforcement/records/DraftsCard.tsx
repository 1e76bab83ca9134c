import { App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { caseErrorText } from '../error-text';
import { listDrafts, removeDraft, sendDraft, type InspectionDraft } from './draft-store';
import { recordPath, RECORDS_PATH } from './record-paths';

/** The drafts kept on this device: 填写中 or 待发送, to continue, send again or delete. */
export function DraftsCard({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<InspectionDraft[]>(() => listDrafts());
  const [sending, setSending] = useState<string | null>(null);
  if (!drafts.length) return null;
  const resend = async (d: InspectionDraft) => {
    setSending(d.clientId);
    const result = await sendDraft(d);
    setSending(null);
    setDrafts(listDrafts());
    if (result.ok) {
      void message.success(t('enforcement.records.sent'));
      onSent();
      void navigate(recordPath(result.record.id));
    } else if (!result.pending) void message.error(caseErrorText(result.error, t));
  };
  return (
    <Card size="small" title={t('enforcement.records.drafts')} style={{ marginBottom: 16 }} data-testid="record-drafts">
      <List
        dataSource={drafts}
        renderItem={(d) => (
          <List.Item data-testid={`record-draft-${d.clientId}`}>
            <Space orientation="vertical" size={6} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{d.enterpriseName || d.enterpriseId}</Typography.Text>
                <Tag color={d.status === 'pending' ? 'warning' : 'processing'}>
                  {t(`enforcement.records.${d.status === 'pending' ? 'pending' : 'editing'}`)}
                </Tag>
                <Typography.Text type="secondary">{d.date}</Typography.Text>
              </Space>
              <Space wrap>
                <Button
                  size="large"
                  onClick={() => void navigate(`${RECORDS_PATH}/new?draft=${encodeURIComponent(d.clientId)}`)}
                >
                  {t('enforcement.records.continueDraft')}
                </Button>
                {d.status === 'pending' ? (
                  <Button
                    size="large"
                    type="primary"
                    loading={sending === d.clientId}
                    onClick={() => void resend(d)}
                    data-testid={`record-draft-resend-${d.clientId}`}
                  >
                    {t('enforcement.records.resend')}
                  </Button>
                ) : null}
                <Button
                  size="large"
                  danger
                  onClick={() =>
                    void modal.confirm({
                      title: t('enforcement.records.discardDraft'),
                      content: t('enforcement.records.discardConfirm'),
                      okText: t('enforcement.records.discardDraft'),
                      cancelText: t('common.cancel'),
                      onOk: () => {
                        removeDraft(d.clientId);
                        setDrafts(listDrafts());
                      },
                    })
                  }
                >
                  {t('enforcement.records.discardDraft')}
                </Button>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
