import { useTranslation } from 'react-i18next';
import { RolesTable } from '../components/RolesTable';
import { useRoles } from '../hooks/useRoles';
import { PageHeader } from '../../../ui/PageHeader';

export function RolesPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  return (
    <>
      <PageHeader title={t('roles.title')} />
      <RolesTable roles={roles.data?.items ?? []} loading={roles.isPending} />
    </>
  );
}
