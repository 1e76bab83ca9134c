import type { Lead } from '@ecocloud/contracts';
import { Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { EChart } from '../../../ui/map/EChart';
import { buildEvidenceChartOption, parseEvidence } from '../evidence';
import { pollutantText, signDescription } from '../labels';

/** A figure's value in words: pollutant codes and the event's words translated, numbers as sent. */
function figureValue(key: string, value: string, t: TFunction): string {
  if (key === 'pollutants')
    return value
      .split(' / ')
      .map((p) => pollutantText(p, t))
      .join('、');
  if (key === 'basis' || key === 'status') return t(`compliance.evidenceValues.${value}`, { defaultValue: value });
  return value;
}

/**
 * The figures behind a lead: what the detector saw in words, its figures, the hourly series as a
 * chart (with the limit when the figures name one) and the detector's own record, kept as written.
 */
export function EvidenceView({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation();
  const evidence = useMemo(() => parseEvidence(lead.evidence), [lead.evidence]);
  // Only figures the catalogue words are shown: an unknown key is a raw code to a reader of Chinese.
  const figures = evidence.figures.filter((f) => t(`compliance.evidenceFields.${f.key}`, { defaultValue: '' }));
  // The detector's own record is English (packages/standards); the Chinese description above says the same.
  const showRecord = evidence.text !== '' && i18n.language.startsWith('en');
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
      {figures.length > 0 ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 12 }}
          title={t('compliance.lead.figures')}
        >
          {figures.map((f) => (
            <Descriptions.Item key={f.key} label={t(`compliance.evidenceFields.${f.key}`)}>
              {figureValue(f.key, f.value, t)}
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
      {showRecord ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('compliance.lead.record')}：<span translate="no">{evidence.text}</span>
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
