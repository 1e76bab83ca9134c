import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PacketInspector } from '../components/PacketInspector';
import { PageHeader } from '../../../ui/PageHeader';

/** The HJ 212 packet inspector on its own, for people setting up a data logger. */
export function InspectorPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('monitoring.inspector.title')} />
      <Typography.Paragraph type="secondary">{t('monitoring.inspector.intro')}</Typography.Paragraph>
      <PacketInspector />
    </>
  );
}
