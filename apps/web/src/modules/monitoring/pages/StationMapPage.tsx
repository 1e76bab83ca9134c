import { STATION_KINDS } from '@ecocloud/contracts';
import { Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { BaseMapUpload } from '../components/BaseMapUpload';
import { StationMapView } from '../components/StationMapView';
import { useAllStations } from '../hooks/useStations';
import type { StationKind } from '../types';
import { PageHeader } from '../../../ui/PageHeader';

/** Every station in scope on the province map; a click opens the station. Admins can replace the base map. */
export function StationMapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const [kind, setKind] = useState<StationKind | undefined>(undefined);
  const stations = useAllStations({ kind });
  return (
    <>
      <PageHeader
        title={t('monitoring.map.title')}
        extra={
          <Space wrap>
            <Select<StationKind>
              allowClear
              placeholder={t('monitoring.station.kind')}
              style={{ width: 170 }}
              value={kind}
              onChange={setKind}
              options={STATION_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))}
            />
            {hasPermission(me, 'settings:write') ? <BaseMapUpload /> : null}
          </Space>
        }
      />
      <Card loading={stations.isPending}>
        <StationMapView
          stations={stations.data?.items ?? []}
          onOpen={(code) => navigate(`/app/monitoring/stations/${encodeURIComponent(code)}`)}
        />
      </Card>
    </>
  );
}
