import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusReasonText } from '../../../i18n/code-text';
import { useRegionNames } from '../../dictionaries/shared';
import type { Item } from '../types';
import { StatusTag } from './StatusTag';

/** An item's text, units, regions, dates, milestones and status with the server's reasons. */
export function ItemOverview({ item }: { item: Item }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const regionName = useRegionNames();
  // The coded reasons in the user's words; a server without them (older API) gives its English text.
  const reasons = item.statusReasonCodes
    ? item.statusReasonCodes.map((r) => statusReasonText(r, t))
    : item.statusReasons;
  const units = (role: 'lead' | 'co') =>
    item.units
      .filter((u) => u.role === role)
      .map((u) => u.orgName)
      .join('、') || none;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="item-overview">
      <Descriptions.Item label={t('workplan.item.status')} span={2}>
        <Space wrap>
          <StatusTag status={item.status} testId="item-status" />
          {reasons.length > 0 ? (
            <Typography.Text type="secondary" data-testid="item-reasons">
              {reasons.join('；')}
            </Typography.Text>
          ) : null}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.leadUnits')}>
        <span data-testid="item-lead-units">{units('lead')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.coUnits')}>{units('co')}</Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.startDate')}>{item.startDate ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.deadline')}>
        <Space size={4} wrap>
          <span data-testid="item-deadline">{item.deadline ?? none}</span>
          {/* The importer's guesses are marked so an official checks them; a written or set deadline is not. */}
          {item.deadline && (item.deadlineSource === 'default' || item.deadlineSource === 'inherited') ? (
            <Tag color={item.deadlineSource === 'default' ? 'warning' : 'default'} data-testid="item-deadline-source">
              {t(`workplan.item.deadlineSources.${item.deadlineSource}`)}
            </Tag>
          ) : null}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.regions')}>
        {item.regionCodes.map(regionName).join('、') || none}
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.lastPercent')}>
        {item.lastPercent === null ? none : `${item.lastPercent}%`}
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.milestones')} span={2}>
        {item.milestones.length === 0
          ? none
          : item.milestones.map((m) => `${m.date} ${m.title} (${m.percent}%)`).join('；')}
      </Descriptions.Item>
      <Descriptions.Item label={t('workplan.item.text')} span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.text || none}</Typography.Paragraph>
      </Descriptions.Item>
    </Descriptions>
  );
}
