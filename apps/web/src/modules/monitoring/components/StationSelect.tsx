import { Select } from 'antd';
import { useState } from 'react';
import { useStations } from '../hooks/useStations';

/**
 * Picks a station by searching the register (code or name); a controlled Form input whose value
 * is the station id. `initial` labels the current value before the user searches.
 */
export function StationSelect({
  value,
  onChange,
  initial,
}: {
  value?: string;
  onChange?: (id: string) => void;
  initial?: { id: string; label: string };
}) {
  const [q, setQ] = useState('');
  const stations = useStations({ page: 1, pageSize: 20, q: q || undefined, sort: 'code' });
  const options = (stations.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }));
  if (initial && !options.some((o) => o.value === initial.id))
    options.unshift({ value: initial.id, label: initial.label });
  return (
    <Select
      data-testid="station-select"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={stations.isFetching}
      options={options}
    />
  );
}
