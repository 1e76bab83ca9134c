import { Card, Col, DatePicker, Row, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WaterSectionMap } from '../components/WaterSectionMap';
import { WaterSectionsTable } from '../components/WaterSectionsTable';
import { WaterShareTables } from '../components/WaterShareTables';
import { useWater } from '../hooks/useAdmin';
import { lastCompleteMonth, shanghaiToday } from '../periods';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/assessment/water — a month's section classes against targets, shares, CWQI ranking and the section map. */
export function AssessmentWaterPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => lastCompleteMonth(shanghaiToday()));
  const [onlyFailing, setOnlyFailing] = useState(false);
  const water = useWater(month);
  const sections = (water.data?.sections ?? []).filter((s) => !onlyFailing || s.meetsTarget === false);
  return (
    <>
      <PageHeader
        title={t('assessment.water.title')}
        extra={
          <DatePicker
            data-testid="water-month"
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d: Dayjs | null) => d && setMonth(d.format('YYYY-MM'))}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('assessment.water.map')} loading={water.isPending}>
            <WaterSectionMap sections={water.data?.sections ?? []} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('assessment.water.shares')} loading={water.isPending}>
            {water.data ? <WaterShareTables water={water.data} /> : null}
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('assessment.water.sectionsTitle', { month })}
            extra={
              <Space>
                <Typography.Text>{t('assessment.water.onlyFailing')}</Typography.Text>
                <Switch data-testid="water-only-failing" checked={onlyFailing} onChange={setOnlyFailing} />
              </Space>
            }
          >
            <WaterSectionsTable sections={sections} loading={water.isFetching} />
            {water.data ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('assessment.water.standard', { standard: water.data.standard })}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
