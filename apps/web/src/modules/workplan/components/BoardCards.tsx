import { Card, Col, Empty, Flex, Progress, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { STATUS_COLORS, STATUS_ORDER } from '../status-colors';
import type { BoardCard, BoardRow } from '../types';
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

const TRACK_COLORS = { attained: 'green', on_track: 'blue', behind: 'orange', no_data: 'default' } as const;

/** One card: status (coloured border and tag), progress, lead units, next date due, indicators against target, tasks below. */
function ItemCard({ card }: { card: BoardCard }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[card.status];
  return (
    <Card
      size="small"
      hoverable
      data-testid={`board-card-${card.itemId}`}
      data-status={card.status}
      style={{ borderTop: `4px solid ${color}`, height: '100%' }}
    >
      <Flex vertical gap={6}>
        <Link to={`/app/workplan/items/${card.itemId}`} data-testid={`board-card-link-${card.itemId}`}>
          <Typography.Text strong>
            {card.number}
            {card.title}
          </Typography.Text>
        </Link>
        <Flex justify="space-between" align="center" wrap gap={4}>
          <StatusTag status={card.status} />
          {card.nextDeadline ? (
            <Typography.Text type="secondary" data-testid={`board-deadline-${card.itemId}`}>
              {t('workplan.board.nextDeadline', { date: card.nextDeadline })}
            </Typography.Text>
          ) : null}
        </Flex>
        {card.progress !== null ? (
          <Progress
            percent={card.progress}
            size="small"
            strokeColor={color}
            data-testid={`board-progress-${card.itemId}`}
            aria-label={t('workplan.board.progress')}
          />
        ) : null}
        {card.leadUnits.length > 0 ? (
          <Typography.Text type="secondary">
            {t('workplan.board.lead', { units: card.leadUnits.join('、') })}
          </Typography.Text>
        ) : null}
        {card.indicators.map((x) => (
          <Flex key={x.id} gap={4} align="baseline" data-testid={`board-indicator-${x.id}`}>
            <Tag color={TRACK_COLORS[x.track]}>{t(`workplan.board.tracks.${x.track}`)}</Tag>
            <Typography.Text style={{ fontSize: 12 }}>
              {t('workplan.board.indicator', { name: x.name, value: x.value ?? '—', target: x.target, unit: x.unit })}
            </Typography.Text>
          </Flex>
        ))}
        {card.tasks.map((task) => (
          <Link key={task.itemId} to={`/app/workplan/items/${task.itemId}`} data-testid={`board-task-${task.itemId}`}>
            <Typography.Text ellipsis style={{ color: STATUS_COLORS[task.status], maxWidth: '100%' }}>
              ● {task.title}
            </Typography.Text>
          </Link>
        ))}
        {card.taskCount > card.tasks.length ? (
          <Typography.Text type="secondary">
            {t('workplan.board.more', { count: card.taskCount - card.tasks.length })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}

/**
 * The board: each top-level heading (the 2024 plan's 3 major tasks and 13 key works sit one
 * level below them) with its status counts, and its children as cards coloured by status. The
 * server sends the cards with the rows (one request), leaves out headings with nothing to show and
 * counts exactly the cards shown.
 */
export function BoardCards({ rows }: { rows: readonly BoardRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty data-testid="board-empty" description={t('workplan.board.nothing')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {rows.map((row) => {
        const children = row.cards;
        return (
          <Card
            key={row.itemId}
            data-testid={`board-row-${row.itemId}`}
            title={`${row.number}${row.title}`}
            extra={<Counts row={row} />}
          >
            {children.length > 0 ? (
              <Row gutter={[12, 12]}>
                {children.map((card) => (
                  <Col key={card.itemId} xs={24} sm={12} lg={8} xl={6}>
                    <ItemCard card={card} />
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
