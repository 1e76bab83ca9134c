import { LEAD_KINDS, LEAD_STATUSES, type LeadKind, type LeadStatus } from '@ecocloud/contracts';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionOptions } from '../hooks/useRegionOptions';

export type LeadFilter = { status?: LeadStatus; kind?: LeadKind; regionCode?: string };

/** Status (open by default; cleared = every status), kind, and for staff the region (a city finds its counties). */
export function LeadFilters({
  value,
  onChange,
  showRegion,
}: {
  value: LeadFilter;
  onChange: (next: LeadFilter) => void;
  showRegion: boolean;
}) {
  const { t } = useTranslation();
  const regions = useRegionOptions();
  return (
    <Space wrap>
      <Select<LeadStatus>
        data-testid="lead-filter-status"
        allowClear
        placeholder={t('compliance.inbox.allStatuses')}
        style={{ width: 150 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`compliance.statuses.${s}`) }))}
      />
      <Select<LeadKind>
        data-testid="lead-filter-kind"
        allowClear
        placeholder={t('compliance.inbox.allKinds')}
        style={{ width: 150 }}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={LEAD_KINDS.map((k) => ({ value: k, label: t(`compliance.leadKinds.${k}`) }))}
      />
      {showRegion ? (
        <Select
          data-testid="lead-filter-region"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('compliance.field.region')}
          style={{ width: 160 }}
          value={value.regionCode}
          onChange={(regionCode?: string) => onChange({ ...value, regionCode })}
          options={regions}
        />
      ) : null}
    </Space>
  );
}
