import { Card, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseSearch } from '../hooks/useCases';

/** The unit a record is for, when the form is not opened from a plan or an enterprise. */
export function UnitPicker({ onPick }: { onPick: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useEnterpriseSearch(q, true);
  return (
    <Card size="small" title={t('enforcement.records.pickUnit')}>
      <Select
        showSearch={{ filterOption: false, onSearch: setQ }}
        size="large"
        style={{ width: '100%' }}
        placeholder={t('enforcement.records.pickUnitHint')}
        loading={search.isFetching}
        options={(search.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        onChange={(id: string, option) => onPick(id, String((option as { label: string }).label))}
        data-testid="record-unit-picker"
      />
    </Card>
  );
}
