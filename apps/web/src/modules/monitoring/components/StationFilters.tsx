import { STATION_KINDS } from '@ecocloud/contracts';
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StationKind } from '../types';

export type StationFilter = { kind?: StationKind; regionCode?: string; q?: string };

/** Kind, region code prefix (2–6 digits: a city's code finds its counties too) and free text. */
export function StationFilters({ value, onChange }: { value: StationFilter; onChange: (next: StationFilter) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Select<StationKind>
        data-testid="station-filter-kind"
        allowClear
        placeholder={t('monitoring.station.kind')}
        style={{ width: 170 }}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={STATION_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))}
      />
      <Input.Search
        allowClear
        placeholder={t('monitoring.station.regionFilter')}
        style={{ width: 170 }}
        onSearch={(v) => {
          const code = v.trim();
          onChange({ ...value, regionCode: /^\d{2,6}$/.test(code) ? code : undefined });
        }}
      />
      <Input.Search
        data-testid="station-search"
        allowClear
        placeholder={t('monitoring.station.searchPlaceholder')}
        style={{ width: 220 }}
        onSearch={(v) => onChange({ ...value, q: v.trim() || undefined })}
      />
    </Space>
  );
}
