import type { Lead } from '@ecocloud/contracts';
import { Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { buildEvidenceChartOption, parseEvidence } from '../evidence';
import { pollutantText, signDescription } from '../labels';

/** A figure's name in words; a key the catalogue does not know is data, shown as sent. */
function FigureLabel({ name }: { name: string }) {
  const { t } = useTranslation();
  const words = t(`compliance.evidenceFields.${name}`, { defaultValue: '' });
  return words ? <>{words}</> : <span translate="no">{name}</span>;
}

/**
 * The figures behind a lead: what the detector saw in words, its figures, the hourly series as a
 * chart (with the limit when the figures name one) and the detector's own record, kept as written.
 */
export function EvidenceView({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const evidence = useMemo(() => parseEvidence(lead.evidence), [lead.evidence]);
  const name = pollutantText(lead.pollutant, t);
  const limitFigure = Number(evidence.figures.find((f) => f.key === 'limit' || f.key === 'limitValue')?.value);
  const option = useMemo(
    () => buildEvidenceChartOption(evidence.series, name, Number.isFinite(limitFigure) ? limitFigure : undefined),
    [evidence.series, name, limitFigure],
  );
  const described = signDescription(lead.signKind, t);
  return (
    <div data-testid="lead-evidence">
      {described ? <Typography.Paragraph data-testid="lead-sign-description">{described}</Typography.Paragraph> : null}
      {evidence.figures.length > 0 ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 12 }}
          title={t('compliance.lead.figures')}
        >
          {evidence.figures.map((f) => (
            <Descriptions.Item key={f.key} label={<FigureLabel name={f.key} />}>
              <span translate="no">{f.value}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      {evidence.series.length > 0 ? (
        <>
          <Typography.Text strong>{t('compliance.lead.evidenceChart')}</Typography.Text>
          <EChart testId="lead-evidence-chart" option={option} height={220} />
        </>
      ) : null}
      {evidence.text ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('compliance.lead.record')}：<span translate="no">{evidence.text}</span>
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
