import type { RepairDuty } from '@ecocloud/contracts';
import { Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http';

const STATE_COLOURS: Record<string, string> = {
  published: 'red',
  not_published: 'default',
  repaired: 'green',
  expired: 'default',
  pending: 'processing',
  approved: 'green',
  rejected: 'red',
};
const DUTY_COLOURS: Record<RepairDuty['state'], string> = {
  met: 'green',
  unmet: 'red',
  not_required: 'default',
  outside: 'orange',
};

/** A refused write in the user's words (the error code's text), never the server's English. */
export function repairErrorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  return t(`errors.${error.code}`, { defaultValue: '' }) || t('errors.unknown');
}

export function StateTag({ state, kind }: { state: string; kind: 'states' | 'requestStates' }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOURS[state]}>{t(`credit.repair.${kind}.${state}`)}</Tag>;
}

/** Each duty with its state (and the day it was met). */
export function DutyTags({ duties }: { duties: readonly RepairDuty[] }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {duties.map((d) => (
        <Tag key={d.duty} color={DUTY_COLOURS[d.state]} data-testid={`duty-${d.duty}-${d.state}`}>
          {t(`credit.repair.duties.${d.duty}`)}：{t(`credit.repair.dutyStates.${d.state}`)}
          {d.on ? `（${d.on}）` : ''}
        </Tag>
      ))}
    </Space>
  );
}

/** Today in Beijing, as the server counts the repair dates. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
