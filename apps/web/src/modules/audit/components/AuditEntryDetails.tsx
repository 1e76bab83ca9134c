import type { AuditEntry } from '@ecocloud/contracts';
import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from '../../../ui/JsonBlock';

/** The expanded row: before and after side by side, then the chain hash and request facts. */
export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <JsonBlock value={entry.before} testId={`audit-before-${entry.id}`} />
        </Col>
        <Col span={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <JsonBlock value={entry.after} testId={`audit-after-${entry.id}`} />
        </Col>
      </Row>
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('audit.hash')}>
          <Typography.Text code copyable data-testid={`audit-hash-${entry.id}`}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.requestId')}>{entry.requestId ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('audit.entityId')}>{entry.entityId ?? t('common.none')}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
