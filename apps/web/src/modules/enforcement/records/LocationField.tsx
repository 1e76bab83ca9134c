import { Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  lon: number | null;
  lat: number | null;
  onChange: (at: { lon: number | null; lat: number | null }) => void;
};

/** Where the check was made: the phone's position (navigator.geolocation), or typed in when it fails. */
export function LocationField({ lon, lat, onChange }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'locating' | 'failed'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('failed');
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setState('idle');
        onChange({ lon: round(p.coords.longitude), lat: round(p.coords.latitude) });
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return (
    <Card size="small" title={t('enforcement.records.location')} data-testid="record-location">
      <Button size="large" block onClick={locate} loading={state === 'locating'} data-testid="record-locate">
        {state === 'locating' ? t('enforcement.records.locating') : t('enforcement.records.locate')}
      </Button>
      {state === 'failed' ? (
        <Typography.Text type="warning" data-testid="record-locate-failed">
          {t('enforcement.records.locateFailed')}
        </Typography.Text>
      ) : null}
      <Space.Compact block style={{ marginTop: 8 }}>
        <InputNumber
          size="large"
          style={{ width: '50%' }}
          min={-180}
          max={180}
          step={0.000001}
          placeholder={t('enforcement.records.lon')}
          aria-label={t('enforcement.records.lon')}
          value={lon}
          onChange={(v) => onChange({ lon: typeof v === 'number' ? v : null, lat })}
          data-testid="record-lon"
        />
        <InputNumber
          size="large"
          style={{ width: '50%' }}
          min={-90}
          max={90}
          step={0.000001}
          placeholder={t('enforcement.records.lat')}
          aria-label={t('enforcement.records.lat')}
          value={lat}
          onChange={(v) => onChange({ lon, lat: typeof v === 'number' ? v : null })}
          data-testid="record-lat"
        />
      </Space.Compact>
    </Card>
  );
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
