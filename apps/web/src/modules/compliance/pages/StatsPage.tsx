import { Card, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { StatsTable } from '../components/StatsTable';
import { useComplianceStats } from '../hooks/useComplianceAdmin';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { currentMonth, monthRange } from '../time-range';

type GroupBy = 'enterprise' | 'region';

/** /app/compliance/stats — a month's figures per enterprise or per region, in the user's scope. */
export function StatsPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => currentMonth());
  const [groupBy, setGroupBy] = useState<GroupBy>('enterprise');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const regions = useRegionOptions();
  const stats = useComplianceStats({ ...monthRange(month), groupBy, regionCode });

  return (
    <>
      <PageHeader title={t('compliance.stats.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker
            picker="month"
            data-testid="stats-month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          />
          <Segmented<GroupBy>
            data-testid="stats-group-by"
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: 'enterprise', label: t('compliance.stats.byEnterprise') },
              { value: 'region', label: t('compliance.stats.byRegion') },
            ]}
          />
          <Select
            data-testid="stats-region"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('compliance.field.region')}
            style={{ width: 160 }}
            value={regionCode}
            onChange={(v?: string) => setRegionCode(v)}
            options={regions}
          />
        </Space>
      </Card>
      <Card>
        <StatsTable rows={stats.data?.rows ?? []} groupBy={groupBy} loading={stats.isFetching} />
      </Card>
    </>
  );
}
