import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnterpriseTable } from '../components/EnterpriseTable';
import { useEnterprises } from '../hooks/useSources';
import { EnterpriseFileView } from './EnterprisePage';

/**
 * /app/sources/mine — an enterprise user's own unit: the register answers only its own enterprises
 * (data scope), so one shows its file straight away; a group with several units picks from a list.
 */
export function MyEnterprisePage() {
  const { t } = useTranslation();
  const mine = useEnterprises({ page: 1, pageSize: 50 });
  if (mine.isPending) return <Skeleton active />;
  const items = mine.data?.items ?? [];
  if (items.length === 0) return <Empty description={t('sources.mine.none')} />;
  if (items.length === 1) return <EnterpriseFileView id={items[0]?.id} />;
  return (
    <EnterpriseTable
      enterprises={items}
      total={items.length}
      loading={false}
      page={1}
      pageSize={50}
      sort={{}}
      onPage={() => undefined}
    />
  );
}
