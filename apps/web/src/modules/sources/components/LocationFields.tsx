import { Col, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** Longitude and latitude (WGS-84 degrees, the contracts' bounds) as two quarter-width columns of a form row. */
export function LocationFields() {
  const { t } = useTranslation();
  return (
    <>
      <Col span={6}>
        <Form.Item name="lon" label={t('sources.field.lon')}>
          <InputNumber min={-180} max={180} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="lat" label={t('sources.field.lat')}>
          <InputNumber min={-90} max={90} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </>
  );
}
