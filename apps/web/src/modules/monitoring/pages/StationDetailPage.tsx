import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../lib/http';
import { hasPermission, useSession } from '../../auth/shared';
import { LatestValues } from '../components/LatestValues';
import { SeriesPanel } from '../components/SeriesPanel';
import { StationAttributes } from '../components/StationAttributes';
import { useStation } from '../hooks/useStations';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/monitoring/stations/:code — attributes, latest values and the time series of one station. */
export function StationDetailPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const station = useStation(code);
  const canReadData = hasPermission(me, 'observations:read');

  if (station.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!station.data) {
    const notFound = isApiError(station.error) && station.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('monitoring.detail.notFound', { code }) : t('errors.unknown')}
        extra={<Link to="/app/monitoring/stations">{t('monitoring.detail.back')}</Link>}
      />
    );
  }
  const s = station.data;
  return (
    <>
      <PageHeader
        title={
          <span data-testid="station-title">
            {s.name} <small style={{ fontWeight: 400, fontSize: 14 }}>{s.code}</small>
          </span>
        }
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/app/monitoring/stations')}>
            {t('monitoring.detail.back')}
          </Button>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={t('monitoring.detail.attributes')}>
          <StationAttributes station={s} />
        </Card>
        {canReadData ? (
          <>
            <LatestValues station={s} />
            <SeriesPanel station={s} />
          </>
        ) : null}
      </Space>
    </>
  );
}
