import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  received: 'orange',
  accepted: 'blue',
  answer_review: 'purple',
  answered: 'green',
  review_requested: 'magenta',
  reviewed: 'cyan',
  rereview_requested: 'magenta',
  rereviewed: 'cyan',
  referred: 'default',
  merged: 'default',
};

export function ComplaintStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state] ?? 'default'}>{t(`complaints.states.${state}`)}</Tag>;
}
