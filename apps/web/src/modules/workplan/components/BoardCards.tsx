import { Card, Col, Empty, Flex, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { STATUS_COLORS, STATUS_ORDER } from '../status-colors';
import type { BoardRow, Item } from '../types';
import { StatusTag } from './StatusTag';

/** The status counts of one top-level row, each in its status colour; zero counts are left out. */
function Counts({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid={`board-counts-${row.itemId}`}>
      {STATUS_ORDER.filter((s) => (row.counts[s] ?? 0) > 0).map((s) => (
        <Tag key={s} color={STATUS_COLORS[s]} data-status={s}>
          {t(`workplan.statuses.${s}`)} {row.counts[s]}
        </Tag>
      ))}
      <Typography.Text type="secondary">{t('workplan.board.total', { count: row.total })}</Typography.Text>
    </Space>
  );
}

/** One item as a card: a coloured top border and tag say its status at a glance. */
function ItemCard({ item }: { item: Item }) {
  const color = STATUS_COLORS[item.status];
  return (
    <Link to={`/app/workplan/items/${item.id}`} data-testid={`board-card-link-${item.id}`}>
      <Card
        size="small"
        hoverable
        data-testid={`board-card-${item.id}`}
        data-status={item.status}
        style={{ borderTop: `4px solid ${color}`, height: '100%' }}
      >
        <Flex vertical gap={6}>
          <Typography.Text strong>
            {item.number}
            {item.title}
          </Typography.Text>
          <Flex justify="space-between" align="center" wrap gap={4}>
            <StatusTag status={item.status} />
            {item.lastPercent !== null ? <Typography.Text type="secondary">{item.lastPercent}%</Typography.Text> : null}
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}

/**
 * The board: each top-level heading (the 2024 plan's 3 major tasks and 13 key works sit one
 * level below them) with its status counts, and its children as cards coloured by status.
 */
export function BoardCards({ rows, items }: { rows: readonly BoardRow[]; items: readonly Item[] }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {rows.map((row) => {
        const children = items.filter((i) => i.parentId === row.itemId);
        return (
          <Card
            key={row.itemId}
            data-testid={`board-row-${row.itemId}`}
            title={`${row.number}${row.title}`}
            extra={<Counts row={row} />}
          >
            {children.length > 0 ? (
              <Row gutter={[12, 12]}>
                {children.map((item) => (
                  <Col key={item.id} xs={24} sm={12} lg={8} xl={6}>
                    <ItemCard item={item} />
                  </Col>
                ))}
              </Row>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.board.noChildren')} />
            )}
          </Card>
        );
      })}
    </Space>
  );
}
