import type { ComplianceHour } from '@ecocloud/contracts';
import { Card, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { noteText, pollutantText } from '../labels';
import { buildOutletChartOption } from '../outlet-chart-option';

/** One pollutant's judged hours: the chart, and how many hours were valid and how many exceeded. */
export function PollutantChart({
  pollutant,
  unit,
  hours,
}: {
  pollutant: string;
  unit: string;
  hours: ComplianceHour[];
}) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      buildOutletChartOption(hours, {
        measured: t('compliance.outlet.measured'),
        converted: t('compliance.outlet.converted'),
        limit: t('compliance.outlet.limit'),
        invalid: t('compliance.outlet.invalid'),
        exceeded: t('compliance.outlet.exceeded'),
        note: (note) => noteText(note, t),
      }),
    [hours, t],
  );
  const valid = hours.filter((h) => h.valid).length;
  const exceeded = hours.filter((h) => h.exceeded === true).length;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`pollutant-chart-${pollutant}`}
      title={
        <>
          {pollutantText(pollutant, t)}
          {unit ? <Typography.Text type="secondary"> （{unit}）</Typography.Text> : null}
        </>
      }
      extra={
        <Space size={4} wrap>
          <Tag>
            {t('compliance.field.validHours')} {valid}/{hours.length}
          </Tag>
          {exceeded > 0 ? (
            <Tag color="error" data-testid={`exceeded-hours-${pollutant}`}>
              {t('compliance.outlet.exceeded')} {exceeded}
            </Tag>
          ) : null}
        </Space>
      }
    >
      <EChart option={option} height={280} testId={`chart-${pollutant}`} />
    </Card>
  );
}
