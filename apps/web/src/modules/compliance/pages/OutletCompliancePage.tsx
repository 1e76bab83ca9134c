import type { ComplianceHour, EnterpriseFile } from '@ecocloud/contracts';
import { Card, DatePicker, Empty, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import type { Range } from '../api';
import { AmountsCard } from '../components/AmountsCard';
import { DaysTable } from '../components/DaysTable';
import { ExceedanceTable } from '../components/ExceedanceTable';
import { PollutantChart } from '../components/PollutantChart';
import {
  useEnterpriseAmounts,
  useEnterpriseFile,
  useExceedances,
  useOutletDays,
  useOutletHours,
} from '../hooks/useOutletCompliance';
import { dayRange, lastDayOf, lastDays, shanghaiDay } from '../time-range';

/** The hours per pollutant, in the order the pollutants first come. */
function byPollutant(hours: readonly ComplianceHour[]): [string, ComplianceHour[]][] {
  const groups = new Map<string, ComplianceHour[]>();
  for (const h of hours) groups.set(h.pollutant, [...(groups.get(h.pollutant) ?? []), h]);
  return [...groups];
}

/** The concentration unit the outlet's permit gives a pollutant (mg/m³, mg/L), or none. */
function unitOf(file: EnterpriseFile | undefined, outletId: string, pollutant: string): string {
  const limit = file?.permits
    .flatMap((p) => p.limits)
    .find((l) => l.outletId === outletId && l.pollutant === pollutant && l.limitType === 'concentration');
  return limit?.unit ?? '';
}

/**
 * /app/compliance/outlets/:outletId(?enterprise=<id>) — one outlet against its permit: per pollutant
 * the judged hours with the limit and the invalid hours, its exceedance events, a water outlet's daily
 * judgement and the year's emitted amounts against the permitted amount.
 */
export function OutletCompliancePage() {
  const { t } = useTranslation();
  const { outletId = '' } = useParams<{ outletId: string }>();
  const [search] = useSearchParams();
  const [range, setRange] = useState<Range>(() => lastDays(3));
  const enterpriseParam = search.get('enterprise') ?? undefined;

  const hours = useOutletHours(outletId, range);
  const days = useOutletDays(outletId, range);
  const exceedances = useExceedances({ ...range, enterpriseId: enterpriseParam });
  const events = (exceedances.data?.items ?? []).filter((e) => e.outletId === outletId);
  const enterpriseId = enterpriseParam ?? events[0]?.enterpriseId;
  const file = useEnterpriseFile(enterpriseId);
  const year = Number(lastDayOf(range).slice(0, 4));
  const amounts = useEnterpriseAmounts(enterpriseId, year);
  const groups = useMemo(() => byPollutant(hours.data?.items ?? []), [hours.data]);
  const outlet = file.data?.outlets.find((o) => o.id === outletId);
  const amountRows = (amounts.data?.rows ?? []).filter((r) => r.outletId === outletId);
  const dayRows = days.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={
          <span data-testid="outlet-title">
            {outlet ? (
              <>
                <span translate="no">{outlet.code}</span> {outlet.name}
              </>
            ) : (
              t('compliance.outlet.title')
            )}
          </span>
        }
        extra={
          <DatePicker.RangePicker
            data-testid="outlet-range"
            allowClear={false}
            value={[dayjs(shanghaiDay(Date.parse(range.from))), dayjs(lastDayOf(range))]}
            onChange={(v) => {
              const [a, b] = v ?? [];
              if (a && b) setRange(dayRange(a.format('YYYY-MM-DD'), b.format('YYYY-MM-DD')));
            }}
          />
        }
      />
      {file.data ? (
        <Typography.Paragraph>
          <Link to={`/app/sources/enterprises/${encodeURIComponent(file.data.enterprise.id)}`}>
            {file.data.enterprise.name}
          </Link>
        </Typography.Paragraph>
      ) : null}

      {hours.isPending ? (
        <Skeleton active />
      ) : groups.length === 0 ? (
        <Card style={{ marginBottom: 16 }}>
          <Empty data-testid="outlet-no-hours" description={t('compliance.outlet.noHours')} />
        </Card>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('compliance.outlet.chartHint')}</Typography.Paragraph>
          {groups.map(([pollutant, list]) => (
            <PollutantChart
              key={pollutant}
              pollutant={pollutant}
              unit={unitOf(file.data, outletId, pollutant)}
              hours={list}
            />
          ))}
        </>
      )}

      <Card size="small" title={t('compliance.outlet.exceedances')} style={{ marginBottom: 16 }}>
        <ExceedanceTable events={events} />
      </Card>
      {dayRows.length > 0 ? (
        <Card size="small" title={t('compliance.outlet.days')} style={{ marginBottom: 16 }}>
          <DaysTable days={dayRows} />
        </Card>
      ) : null}
      {enterpriseId ? <AmountsCard year={year} rows={amountRows} /> : null}
    </>
  );
}
