import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { LIVENESS_TAG_COLORS } from '../liveness';
import type { Liveness } from '../types';

/** Online / silent / never reported, with the last data time on hover. */
export function LivenessTag({
  liveness,
  lastDataAt,
  testId,
}: {
  liveness: Liveness;
  lastDataAt: string | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={LIVENESS_TAG_COLORS[liveness]} data-testid={testId} data-liveness={liveness}>
      {t(`monitoring.liveness.${liveness}`)}
    </Tag>
  );
  return lastDataAt ? (
    <Tooltip title={t('monitoring.station.lastDataAt') + '：' + formatInstant(lastDataAt)}>{tag}</Tooltip>
  ) : (
    tag
  );
}
