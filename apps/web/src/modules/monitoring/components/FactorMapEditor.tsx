import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factorMapFromRows, factorRowError, newFactorRow, rowsFromFactorMap, type FactorRow } from '../factor-map';
import type { FactorMap } from '../types';

type Props = {
  /** The stored map; read once when the editor mounts (the modal remounts it per device). */
  value?: FactorMap;
  /** Called with the map of the valid rows after every edit, and whether any row is invalid. */
  onChange?: (map: FactorMap, hasErrors: boolean) => void;
};

/**
 * Edits a data logger's factor map: which HJ 212 factor code (e.g. a21026) carries which of our
 * parameters (so2), and the scale that converts the logger's unit to ours (1000 for mg→µg).
 * Rows are kept here, so a half-typed row survives; the JSON below is what will be saved.
 */
export function FactorMapEditor({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<FactorRow[]>(() => rowsFromFactorMap(value));
  const { map } = factorMapFromRows(rows);

  const update = (next: FactorRow[]) => {
    setRows(next);
    const result = factorMapFromRows(next);
    onChange?.(result.map, result.hasErrors);
  };
  const edit = (key: string, field: 'code' | 'parameter' | 'scale', text: string) =>
    update(rows.map((r) => (r.key === key ? { ...r, [field]: text } : r)));
  const cell = (row: FactorRow, field: 'code' | 'parameter' | 'scale', placeholder: string) => (
    <Input
      size="small"
      data-testid={`factor-${field}-${rows.indexOf(row)}`}
      value={row[field]}
      placeholder={placeholder}
      onChange={(e) => edit(row.key, field, e.target.value)}
    />
  );

  return (
    <div data-testid="factor-map-editor">
      <Table<FactorRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('monitoring.device.noFactors') }}
        columns={[
          { key: 'code', title: t('monitoring.device.factorCode'), render: (_, r) => cell(r, 'code', 'a21026') },
          { key: 'parameter', title: t('monitoring.device.parameter'), render: (_, r) => cell(r, 'parameter', 'so2') },
          { key: 'scale', title: t('monitoring.device.scale'), width: 110, render: (_, r) => cell(r, 'scale', '1') },
          {
            key: 'error',
            width: 150,
            render: (_, r) => {
              const error = r.code.trim() === '' && r.parameter.trim() === '' ? null : factorRowError(r, rows);
              return error ? (
                <Typography.Text type="danger">{t(`monitoring.device.factorErrors.${error}`)}</Typography.Text>
              ) : null;
            },
          },
          {
            key: 'remove',
            width: 48,
            render: (_, r) => (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => update(rows.filter((x) => x.key !== r.key))}
              />
            ),
          },
        ]}
      />
      <Button
        data-testid="factor-add"
        size="small"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => update([...rows, newFactorRow()])}
      >
        {t('monitoring.device.addFactor')}
      </Button>
      <pre data-testid="factor-map-json" style={{ fontSize: 12, background: '#fafafa', padding: 8, marginTop: 8 }}>
        {JSON.stringify(map, null, 2)}
      </pre>
    </div>
  );
}
