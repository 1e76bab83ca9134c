import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { complaintErrorText } from '../error-text';
import { useIdentity } from '../hooks/useComplaints';

/**
 * Who reported: shown only after the officer asks (each view is an audit entry on the server), only to the
 * handling unit's officers; anyone else sees that it is hidden. Anonymous reports have nothing to show.
 */
export function IdentityCard({ id, anonymous, allowed }: { id: string; anonymous: boolean; allowed: boolean }) {
  const { t } = useTranslation();
  const identity = useIdentity(id);
  return (
    <Card size="small" title={t('complaints.detail.identity')} style={{ marginBottom: 16 }}>
      {anonymous ? (
        <Typography.Text>{t('complaints.detail.anonymous')}</Typography.Text>
      ) : !allowed ? (
        <Typography.Text type="secondary" data-testid="identity-hidden">
          {t('complaints.detail.identityHidden')}
        </Typography.Text>
      ) : identity.data ? (
        <Descriptions size="small" column={1} data-testid="identity-shown">
          <Descriptions.Item label={t('complaints.detail.name')}>{identity.data.name}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.detail.phone')}>{identity.data.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.detail.email')}>{identity.data.email ?? '—'}</Descriptions.Item>
        </Descriptions>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('complaints.detail.identityNote')}</Typography.Paragraph>
          <Button onClick={() => identity.mutate()} loading={identity.isPending} data-testid="identity-view">
            {t('complaints.detail.viewIdentity')}
          </Button>
          {identity.error ? <Alert type="error" showIcon title={complaintErrorText(identity.error, t)} /> : null}
        </>
      )}
    </Card>
  );
}
