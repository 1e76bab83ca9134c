import type { ComplaintBatchCounts } from '@ecocloud/contracts';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';

/** Where the complaints module lists a handed-over batch's reports. */
export const complaintBatchPath = (ref: string): string =>
  `/app/complaints/reports?handoverBatch=${encodeURIComponent(ref)}`;

/**
 * A ledger batch's handed-over complaint batch (交办件): its number, what the complaints module counts of it in
 * the user's scope (received, answered, substantiated) and a link there for those who read complaints.
 */
export function ComplaintBatchLink({ batch, testId }: { batch: ComplaintBatchCounts; testId?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const b = (key: string, o?: Record<string, unknown>) => t(`rectification.batches.${key}`, o);
  return (
    <Space orientation="vertical" size={0} data-testid={testId}>
      {hasPermission(me, 'complaints:read') ? (
        <Link to={complaintBatchPath(batch.ref)} title={b('openComplaints')}>
          {batch.ref}
        </Link>
      ) : (
        <span>{batch.ref}</span>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {batch.received > 0 ? b('complaintCounts', { ...batch }) : b('complaintNone')}
      </Typography.Text>
    </Space>
  );
}
