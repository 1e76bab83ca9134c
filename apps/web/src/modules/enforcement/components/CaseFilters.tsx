import { CASE_STATES, type CaseState } from '@ecocloud/contracts';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { stateText } from '../labels';

export type CaseFilter = { state?: CaseState; overdue?: 'true' | 'false'; regionCode?: string };

/** Stage, overdue or not, and the region (a city finds its counties' cases). */
export function CaseFilters({ value, onChange }: { value: CaseFilter; onChange: (next: CaseFilter) => void }) {
  const { t } = useTranslation();
  const regions = useRegionOptions();
  return (
    <Space wrap>
      <Select<CaseState>
        data-testid="case-filter-state"
        allowClear
        placeholder={t('enforcement.list.allStates')}
        style={{ width: 160 }}
        value={value.state}
        onChange={(state) => onChange({ ...value, state })}
        options={CASE_STATES.map((s) => ({ value: s, label: stateText(s, t) }))}
      />
      <Select<'true' | 'false'>
        data-testid="case-filter-overdue"
        allowClear
        placeholder={t('enforcement.list.overdueAll')}
        style={{ width: 160 }}
        value={value.overdue}
        onChange={(overdue) => onChange({ ...value, overdue })}
        options={[
          { value: 'true', label: t('enforcement.list.overdueOnly') },
          { value: 'false', label: t('enforcement.list.notOverdue') },
        ]}
      />
      <Select
        data-testid="case-filter-region"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('enforcement.list.region')}
        style={{ width: 160 }}
        value={value.regionCode}
        onChange={(regionCode?: string) => onChange({ ...value, regionCode })}
        options={regions}
      />
    </Space>
  );
}
