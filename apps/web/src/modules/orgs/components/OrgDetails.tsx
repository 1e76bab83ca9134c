import type { Org } from '@ecocloud/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';

/** The selected organisation's fields; the parent is named when it is within scope. */
export function OrgDetails({ org, parent }: { org: Org; parent: Org | undefined }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t('orgs.name')}>{org.name}</Descriptions.Item>
      <Descriptions.Item label={t('orgs.nameEn')}>{org.nameEn ?? t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('orgs.kind')}>{t(`orgs.kinds.${org.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('orgs.regionCode')}>{org.regionCode}</Descriptions.Item>
      <Descriptions.Item label={t('orgs.parent')}>{parent?.name ?? t('common.none')}</Descriptions.Item>
      <Descriptions.Item label={t('orgs.createdAt')}>{formatInstant(org.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}
