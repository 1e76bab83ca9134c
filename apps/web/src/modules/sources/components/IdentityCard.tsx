import type { Enterprise } from '@ecocloud/contracts';
import { Card, Col, Descriptions, QRCode, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../labels';
import { SituationTag } from './SituationTag';

/** Where the 一企一码 QR code points: the public page of this enterprise on this server. */
function publicPageUrl(uscc: string, origin: string = window.location.origin): string {
  return `${origin}/portal/enterprises/${encodeURIComponent(uscc)}`;
}

/** The enterprise's identity (一企一档 header) beside its QR code (一企一码) for the public page. */
export function IdentityCard({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const url = publicPageUrl(enterprise.uscc);
  return (
    <Card title={t('sources.file.identity')} style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} lg={19}>
          <Descriptions data-testid="enterprise-identity" bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('sources.field.uscc')}>
              <span translate="no">{enterprise.uscc}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.industry')}>
              {enterprise.industryLabel ?? enterprise.industryCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.region')}>
              {enterprise.regionName ?? enterprise.regionCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.address')}>{enterprise.address || none}</Descriptions.Item>
            <Descriptions.Item label={t('sources.field.category')}>
              {label('categories', enterprise.category, t)}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.keyList')}>
              {enterprise.keyListTypes.length > 0
                ? `${enterprise.keyListYear ?? ''} ${enterprise.keyListTypes.map((k) => label('keyListTypes', k, t)).join('、')}`.trim()
                : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.legalRepresentative')}>
              <span translate="no">{enterprise.legalRepresentative || none}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.status')}>
              {label('enterpriseStatuses', enterprise.status, t)}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.regulator')}>
              {enterprise.regulatorOrgName ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.permitSituation')}>
              <SituationTag enterprise={enterprise} />
            </Descriptions.Item>
            <Descriptions.Item label={t('sources.field.contacts')} span={2}>
              <span translate="no">
                {enterprise.contacts.length > 0
                  ? enterprise.contacts.map((c) => [c.name, c.title, c.phone].filter(Boolean).join(' ')).join('；')
                  : none}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={5} style={{ textAlign: 'center' }}>
          <Typography.Text strong>{t('sources.file.qr')}</Typography.Text>
          <QRCode data-testid="enterprise-qr" value={url} size={150} style={{ margin: '8px auto' }} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('sources.file.qrHint')}
          </Typography.Paragraph>
          <Link to={`/portal/enterprises/${encodeURIComponent(enterprise.uscc)}`} data-testid="public-page-link">
            {t('sources.file.publicPage')}
          </Link>
        </Col>
      </Row>
    </Card>
  );
}
