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

/** The tasks a section card names: those below it in the caller's reach (a unit's own items), at most four. */
function tasksBelow(section: Item, items: readonly Item[]): Item[] {
  const below: Item[] = [];
  const walk = (parentId: string) => {
    for (const i of items.filter((x) => x.parentId === parentId)) {
      if (i.kind === 'task' && !i.context) below.push(i);
      else if (i.kind === 'section') walk(i.id);
    }
  };
  walk(section.id);
  return below;
}

/** One item as a card: a coloured top border and tag say its status at a glance. */
function ItemCard({ item, items }: { item: Item; items: readonly Item[] }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[item.status];
  const tasks = item.kind === 'section' ? tasksBelow(item, items) : [];
  const lead = item.units.filter((u) => u.role === 'lead').map((u) => u.orgName).join('、');
  return (
    <Card
      size="small"
      hoverable
      data-testid={`board-card-${item.id}`}
      data-status={item.status}
      style={{ borderTop: `4px solid ${color}`, height: '100%' }}
    >
      <Flex vertical gap={6}>
        <Link to={`/app/workplan/items/${item.id}`} data-testid={`board-card-link-${item.id}`}>
          <Typography.Text strong>
            {item.number}
            {item.title}
          </Typography.Text>
        </Link>
        <Flex justify="space-between" align="center" wrap gap={4}>
          <StatusTag status={item.status} />
          {item.lastPercent !== null ? <Typography.Text type="secondary">{item.lastPercent}%</Typography.Text> : null}
        </Flex>
        {lead ? <Typography.Text type="secondary">{t('workplan.board.lead', { units: lead })}</Typography.Text> : null}
        {tasks.slice(0, 4).map((task) => (
          <Link key={task.id} to={`/app/workplan/items/${task.id}`} data-testid={`board-task-${task.id}`}>
            <Typography.Text ellipsis style={{ color: STATUS_COLORS[task.status], maxWidth: '100%' }}>● {task.title}</Typography.Text>
          </Link>
        ))}
        {tasks.length > 4 ? <Typography.Text type="secondary">{t('workplan.board.more', { count: tasks.length - 4 })}</Typography.Text> : null}
      </Flex>
    </Card>
  );
}

/** A row's cards: a section's children as the server sent them (a unit's items with their headings), or a top-level task itself. */
export function rowCards(row: BoardRow, items: readonly Item[]): Item[] {
  const root = items.find((i) => i.id === row.itemId);
  if (root && root.kind !== 'section') return [root];
  return items.filter((i) => i.parentId === row.itemId);
}

/**
 * The board: each top-level heading (the 2024 plan's 3 major tasks and 13 key works sit one
 * level below them) with its status counts, and its children as cards coloured by status. The
 * server leaves out headings with nothing to show and counts exactly the cards shown.
 */
export function BoardCards({ rows, items }: { rows: readonly BoardRow[]; items: readonly Item[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty data-testid="board-empty" description={t('workplan.board.nothing')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {rows.map((row) => {
        const children = rowCards(row, items);
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
                    <ItemCard item={item} items={items} />
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
