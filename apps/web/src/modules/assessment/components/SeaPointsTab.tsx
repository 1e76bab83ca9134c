import type { SeaPointSchema, StationSchema } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { http } from '../../../lib/http';
import { fetchSeaSeries } from '../api';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import type { MapPoint } from '../../../ui/map/province-map-option';
import { SeaClassTag, seaClassColour } from './SeaClassTag';
import { worseThanClassTwo, type WorseItem } from './sea-items';

type SeaPoint = z.infer<typeof SeaPointSchema>;
type Station = z.infer<typeof StationSchema>;
type Row = SeaPoint & { worse: WorseItem[] | null };

/**
 * Coastal sea points: each survey's GB 3097 class, the items worse than class II (from the station's
 * daily values, so it needs observations:read; without it the column shows "—"), and the latest
 * class of each point on the map (coordinates from the station list).
 */
export function SeaPointsTab({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const sea = useQuery({
    queryKey: ['assessment', 'sea', from, to],
    queryFn: () => http<{ items: SeaPoint[] }>('/api/v1/assessment/sea', { query: { from, to } }),
  });
  const stations = useQuery({
    queryKey: ['stations', 'sea'],
    queryFn: () => http<{ items: Station[] }>('/api/v1/stations', { query: { kind: 'sea', pageSize: 1000 } }),
    retry: false,
  });
  // One request for every point's daily values (without observations:read it fails and the column shows "—").
  const series = useQuery({
    queryKey: ['assessment', 'sea', 'series', from, to],
    queryFn: () => fetchSeaSeries({ from, to }),
    retry: false,
  });
  const worseByCode = useMemo(
    () => new Map((series.data?.items ?? []).map((s) => [s.code, worseThanClassTwo(s.points)])),
    [series.data],
  );
  const rows: Row[] = (sea.data?.items ?? []).map((p) => ({
    ...p,
    worse: worseByCode.get(p.code)?.get(p.surveyDate) ?? null,
  }));
  const points = useMemo(
    () =>
      latestPoints(sea.data?.items ?? [], stations.data?.items ?? [], (c) =>
        c === null ? '—' : t(`assessment.media.sea.classes.${c}`),
      ),
    [sea.data, stations.data, t],
  );

  const columns: ColumnsType<Row> = [
    {
      title: t('assessment.media.sea.point'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <>
          {name}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('assessment.media.sea.surveyDate'), dataIndex: 'surveyDate' },
    {
      title: t('assessment.media.sea.class'),
      dataIndex: 'seaClass',
      render: (c: number | null, r) => <SeaClassTag seaClass={c} testId={`sea-class-${r.code}-${r.surveyDate}`} />,
    },
    {
      title: t('assessment.media.sea.worseItems'),
      key: 'worse',
      render: (_, r) =>
        r.worse === null ? (
          '—'
        ) : r.worse.length === 0 ? (
          t('assessment.media.sea.none')
        ) : (
          <Space wrap size={4}>
            {r.worse.map((w) => (
              <Tag
                key={w.item}
                style={{
                  background: seaClassColour(w.seaClass),
                  borderColor: seaClassColour(w.seaClass),
                  color: w.seaClass === 3 ? '#1f1f1f' : '#fff',
                }}
              >
                {`${t(`assessment.media.sea.items.${w.item}`)} ${t(`assessment.media.sea.classes.${w.seaClass}`)}`}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={t('assessment.media.sea.map')} loading={sea.isPending}>
          <Space wrap size={4}>
            {[1, 2, 3, 4, 5].map((c) => (
              <SeaClassTag key={c} seaClass={c} />
            ))}
          </Space>
          <ProvinceMap points={points} height={420} />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Table<Row>
          data-testid="sea-table"
          rowKey={(r) => `${r.code}-${r.surveyDate}`}
          size="small"
          loading={sea.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 15 }}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('assessment.media.standardLine', { standard: 'GB 3097-1997' })}
        </Typography.Paragraph>
      </Col>
    </Row>
  );
}

/** Each point's latest survey as a map point in its class colour (points without coordinates are left out). */
function latestPoints(
  surveys: readonly SeaPoint[],
  stations: readonly Station[],
  labelOf: (c: number | null) => string,
): MapPoint[] {
  const latest = new Map<string, SeaPoint>();
  for (const s of surveys) if ((latest.get(s.code)?.surveyDate ?? '') < s.surveyDate) latest.set(s.code, s);
  return stations.flatMap((st) => {
    const s = latest.get(st.code);
    if (!s || st.lon === null || st.lat === null) return [];
    return [
      {
        id: st.code,
        name: st.name,
        lon: st.lon,
        lat: st.lat,
        color: seaClassColour(s.seaClass),
        label: `${s.surveyDate} ${labelOf(s.seaClass)}`,
      },
    ];
  });
}
