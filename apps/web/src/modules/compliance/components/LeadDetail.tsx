import type { Lead } from '@ecocloud/contracts';
import { Alert, Descriptions, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../ui/format-time';
import { OpenCaseButton } from '../../enforcement';
import { actText, leadKindText, pollutantText } from '../labels';
import { periodText } from '../period-text';
import { EvidenceView } from './EvidenceView';
import { LeadActions } from './LeadActions';
import { LeadStatusTag } from './LeadStatusTag';

/** The outlet's compliance page, which knows its enterprise through the query (amounts, names). */
function outletPagePath(outletId: string, enterpriseId: string): string {
  return `/app/compliance/outlets/${encodeURIComponent(outletId)}?enterprise=${encodeURIComponent(enterpriseId)}`;
}

/** A lead in full: who and what, the evidence, the act it may indicate, its handling so far and the next steps. */
export function LeadDetail({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const history = (['reason', 'question', 'explanation'] as const).filter((k) => lead[k].trim() !== '');
  return (
    <div data-testid="lead-detail">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('compliance.field.enterprise')}>
          <span data-testid="lead-enterprise">{lead.enterpriseName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.outlet')}>
          <Link to={outletPagePath(lead.outletId, lead.enterpriseId)} data-testid="lead-outlet-link">
            <span translate="no">{lead.outletCode}</span> · {t('compliance.lead.openOutlet')}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.kind')}>
          <span data-testid="lead-kind">{leadKindText(lead, t)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.pollutant')}>
          {pollutantText(lead.pollutant, t)}
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.period')}>{periodText(lead.start, lead.end)}</Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.status')}>
          <LeadStatusTag status={lead.status} testId="lead-status" />
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.field.createdAt')}>
          {formatInstant(lead.createdAt).slice(0, 16)}
        </Descriptions.Item>
      </Descriptions>

      <Divider titlePlacement="start">{t('compliance.lead.evidence')}</Divider>
      <EvidenceView lead={lead} />

      <Divider titlePlacement="start">{t('compliance.lead.act')}</Divider>
      <Typography.Paragraph data-testid="lead-act">{actText(lead, t)}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('compliance.lead.leadNotPenalty')} style={{ marginBottom: 12 }} />

      {history.length > 0 ? (
        <>
          <Divider titlePlacement="start">{t('compliance.lead.history')}</Divider>
          <Descriptions size="small" column={1} bordered data-testid="lead-history">
            {history.map((k) => (
              <Descriptions.Item key={k} label={t(`compliance.lead.${k}`)}>
                {lead[k]}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      ) : null}
      <Divider />
      <LeadActions lead={lead} />
      <OpenCaseButton lead={lead} />
    </div>
  );
}
