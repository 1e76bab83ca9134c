import { COMPLAINT_KINDS } from '@ecocloud/contracts';
import { Card, Col, DatePicker, Row, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import type { MapPoint } from '../../../ui/map/province-map-option';
import { useComplaintMap } from '../hooks/useComplaints';

/** One colour per kind, so the hot spots of each problem stand apart. */
const KIND_COLOURS: Record<string, string> = {
  odour: '#8e44ad',
  noise: '#e67e22',
  dust: '#a0522d',
  water_colour: '#2980b9',
  night_construction: '#c0392b',
  waste: '#16a085',
  other: '#7f8c8d',
};

/** /app/complaints/map — the located reports of a period on the province base map, by kind and month. */
export function ComplaintsMapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [range, setRange] = useState<[string, string] | null>(null);
  const [kind, setKind] = useState<string | undefined>();
  const map = useComplaintMap({ ...(range ? { from: range[0], to: range[1] } : {}), ...(kind ? { kind } : {}) });
  const points = useMemo<MapPoint[]>(
    () =>
      (map.data?.points ?? []).map((p) => ({
        id: p.id,
        name: t(`complaints.kinds.${p.kind}`),
        lon: p.lon,
        lat: p.lat,
        color: KIND_COLOURS[p.kind] ?? '#7f8c8d',
        label: `${p.receivedOn} ${t(`complaints.states.${p.state}`)}`,
      })),
    [map.data, t],
  );
  return (
    <>
      <PageHeader title={t('complaints.map.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker.RangePicker
            onChange={(v) =>
              setRange(
                v?.[0] && v[1] ? [(v[0] as Dayjs).format('YYYY-MM-DD'), (v[1] as Dayjs).format('YYYY-MM-DD')] : null,
              )
            }
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('complaints.map.all')}
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))}
            onChange={(k?: string) => setKind(k)}
          />
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card data-testid="complaints-map">
            <ProvinceMap
              points={points}
              height={560}
              onPointClick={(p) => navigate(`/app/complaints/reports/${p.id}`)}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('complaints.map.byKind')} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={map.data?.byKind ?? []}
              columns={[
                { title: '', dataIndex: 'kind', render: (k: string) => t(`complaints.kinds.${k}`) },
                { title: t('complaints.map.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
          <Card size="small" title={t('complaints.map.byMonth')}>
            <Table
              size="small"
              rowKey="month"
              pagination={false}
              dataSource={map.data?.byMonth ?? []}
              columns={[
                { title: '', dataIndex: 'month' },
                { title: t('complaints.map.count'), dataIndex: 'count' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
