import type { ProblemDetail } from '@ecocloud/contracts';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { complaintBatchPath } from './ComplaintBatchLink';

/** What Code art. 29 requires of the plan: who rectifies, the target, the deadline, the measures, the acceptance unit. */
export function PlanCard({ detail }: { detail: ProblemDetail }) {
  const { t } = useTranslation();
  const p = (key: string) => t(`rectification.problem.${key}`);
  const { me } = useSession();
  const ref = detail.complaintBatchRef;
  return (
    <Card title={p('plan')} size="small" style={{ marginBottom: 16 }} data-testid="plan-card">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('rectification.problems.batch')}>{detail.batchName}</Descriptions.Item>
        <Descriptions.Item label={t('rectification.problems.region')}>{detail.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('rectification.problems.leadOrg')}>{detail.leadOrgName}</Descriptions.Item>
        <Descriptions.Item label={p('coUnits')}>{detail.coUnits || '—'}</Descriptions.Item>
        <Descriptions.Item label={p('acceptanceUnit')}>{detail.acceptanceUnit}</Descriptions.Item>
        <Descriptions.Item label={t('rectification.problems.deadline')}>
          <span data-testid="plan-deadline">{detail.deadline}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('rectification.problems.horizon')}>
          {t(`rectification.horizons.${detail.horizon}`)}
        </Descriptions.Item>
        <Descriptions.Item label={p('category')}>{detail.category || '—'}</Descriptions.Item>
        <Descriptions.Item label={p('target')} span={2}>
          {detail.target}
        </Descriptions.Item>
        <Descriptions.Item label={p('measures')} span={2}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {detail.measures.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ol>
        </Descriptions.Item>
        {ref ? (
          <Descriptions.Item label={p('complaintBatchRef')}>
            {hasPermission(me, 'complaints:read') ? <Link to={complaintBatchPath(ref)}>{ref}</Link> : ref}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
