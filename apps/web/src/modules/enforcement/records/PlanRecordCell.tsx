import type { InspectionRecordSummary } from '@ecocloud/contracts';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { newRecordPath, recordPath } from './record-paths';
import { useRecords } from './useRecords';

/** The records of a plan's drawn units (one page holds a plan's list), once its list may be seen. */
export const usePlanRecords = (planId: string, enabled: boolean) =>
  useRecords({ planId, page: 1, pageSize: 200 }, enabled && Boolean(planId));

/** A drawn unit on the plan page: 已检查 with a link to its latest record, or the button to fill one. */
export function PlanRecordCell({
  planId,
  unit,
  records,
}: {
  planId: string;
  unit: { enterpriseId: string; name: string };
  records: readonly InspectionRecordSummary[] | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const done = records?.find((r) => r.enterpriseId === unit.enterpriseId);
  return (
    <Space size={4} wrap data-testid={`plan-object-record-${unit.enterpriseId}`}>
      {done ? (
        <Link to={recordPath(done.id)} data-testid={`plan-object-inspected-${unit.enterpriseId}`}>
          {t('enforcement.records.inspected')}
        </Link>
      ) : null}
      {hasPermission(me, 'enforcement:inspect') && !done ? (
        <Button
          size="small"
          onClick={() => void navigate(newRecordPath(unit.enterpriseId, unit.name, planId))}
          data-testid={`plan-object-inspect-${unit.enterpriseId}`}
        >
          {t('enforcement.records.notInspected')}
        </Button>
      ) : null}
    </Space>
  );
}
