import { useTranslation } from 'react-i18next';
import { RolesTable } from '../modules/roles/components/RolesTable';
import { useRoles } from '../modules/roles/hooks/useRoles';
import { PageHeader } from '../ui/PageHeader';

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
