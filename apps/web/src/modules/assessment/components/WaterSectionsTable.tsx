import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { SectionClass } from '../types';
import { WaterClassTag } from './WaterClassTag';

function itemLabel(item: string): string {
  return item.toUpperCase().replace('_', '-');
}

/**
 * Sections with their class and target class; items worse than the target with exceedance
 * multiples ((value − limit) / limit, none for DO and pH). A section worse than its target is
 * highlighted (`data-meets="false"`). `compact` drops the target columns for the public portal.
 */
export function WaterSectionsTable({
  sections,
  loading,
  compact = false,
}: {
  sections: SectionClass[];
  loading?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<SectionClass> = [
    {
      title: t('assessment.water.section'),
      dataIndex: 'name',
      render: (name: string, s) => (
        <>
          {name}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('assessment.water.river'), key: 'river', render: (_, s) => s.river ?? s.basin ?? '—' },
    {
      title: t('assessment.water.class'),
      dataIndex: 'waterClass',
      render: (c: number | null, s) => <WaterClassTag waterClass={c} testId={`section-class-${s.code}`} />,
    },
  ];
  if (!compact) {
    columns.push(
      {
        title: t('assessment.water.target'),
        dataIndex: 'targetClass',
        render: (c: number | null) => (c === null ? '—' : t(`assessment.water.classes.${c}`)),
      },
      {
        title: t('assessment.water.overTarget'),
        dataIndex: 'itemsOverTarget',
        render: (items: SectionClass['itemsOverTarget']) =>
          items.length === 0
            ? '—'
            : items
                .map(
                  (i) =>
                    `${itemLabel(i.item)}（${t(`assessment.water.classes.${i.itemClass}`)}${i.multiple === null ? '' : `，${t('assessment.water.multiple', { multiple: i.multiple })}`}）`,
                )
                .join('；'),
      },
      {
        title: t('assessment.water.source'),
        dataIndex: 'source',
        render: (s: string | null) => (s ? t(`assessment.water.sources.${s}`) : '—'),
      },
    );
  }
  return (
    <Table<SectionClass>
      data-testid="sections-table"
      rowKey="code"
      size="small"
      loading={loading}
      dataSource={sections}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(s) =>
        ({
          'data-meets': String(s.meetsTarget),
          style: !compact && s.meetsTarget === false ? { background: '#fff1f0' } : undefined,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
