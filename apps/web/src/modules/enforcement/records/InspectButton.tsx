import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { newRecordPath } from './record-paths';

/** 填写检查记录 on an enterprise's page, for a user with enforcement:inspect. */
export function InspectButton({ enterprise }: { enterprise: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  if (!hasPermission(me, 'enforcement:inspect')) return null;
  return (
    <Button
      onClick={() => void navigate(newRecordPath(enterprise.id, enterprise.name))}
      data-testid="enterprise-inspect"
    >
      {t('enforcement.records.notInspected')}
    </Button>
  );
}
