import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** The enterprise's contacts (name, title such as 环保负责人, phone), at most 20, inside the enterprise form. */
export function ContactsField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('sources.field.contacts')}>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                >
                  <Input placeholder={t('sources.contact.name')} maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'title']}>
                  <Input placeholder={t('sources.contact.title')} maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'phone']}>
                  <Input placeholder={t('sources.contact.phone')} maxLength={30} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('sources.contact.remove')}
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            {fields.length < 20 ? (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', phone: '' })}>
                {t('sources.contact.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
