import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import type { EnterpriseQuery } from '../api';
import { useDictionaryEntries } from '../hooks/useDictionary';
import { labelOptions } from '../labels';

export type EnterpriseFilter = Pick<
  EnterpriseQuery,
  'regionCode' | 'industryCode' | 'category' | 'keyList' | 'permitSituation' | 'q'
>;

/** Region (a city finds its counties), industry, category, key list type, permit situation and free text. */
export function EnterpriseFilters({
  value,
  onChange,
}: {
  value: EnterpriseFilter;
  onChange: (next: EnterpriseFilter) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const regions = useDictionaryEntries('region');
  const industries = useDictionaryEntries('industry_class');
  const named = (e: { code: string; label: string; labelEn?: string | null }) =>
    locale === 'en' && e.labelEn ? e.labelEn : e.label;
  return (
    <Space wrap>
      <Select
        data-testid="filter-region"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('sources.field.region')}
        style={{ width: 160 }}
        value={value.regionCode}
        onChange={(regionCode?: string) => onChange({ ...value, regionCode })}
        options={(regions.data ?? []).map((r) => ({ value: r.code, label: named(r) }))}
      />
      <Select
        data-testid="filter-industry"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('sources.field.industry')}
        style={{ width: 200 }}
        value={value.industryCode}
        onChange={(industryCode?: string) => onChange({ ...value, industryCode })}
        options={(industries.data ?? []).map((r) => ({ value: r.code, label: named(r) }))}
      />
      <Select
        data-testid="filter-category"
        allowClear
        placeholder={t('sources.field.category')}
        style={{ width: 130 }}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        options={labelOptions('categories', t)}
      />
      <Select
        data-testid="filter-key-list"
        allowClear
        placeholder={t('sources.field.keyList')}
        style={{ width: 170 }}
        value={value.keyList}
        onChange={(keyList) => onChange({ ...value, keyList })}
        options={labelOptions('keyListTypes', t)}
      />
      <Select
        data-testid="filter-situation"
        allowClear
        placeholder={t('sources.field.permitSituation')}
        style={{ width: 130 }}
        value={value.permitSituation}
        onChange={(permitSituation) => onChange({ ...value, permitSituation })}
        options={labelOptions('permitSituations', t)}
      />
      <Input.Search
        data-testid="filter-search"
        allowClear
        placeholder={t('sources.field.search')}
        style={{ width: 220 }}
        onSearch={(v) => onChange({ ...value, q: v.trim() || undefined })}
      />
    </Space>
  );
}
