import { Descriptions, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { quarantineReasonText } from '../../../i18n/code-text';
import type { DecodedLine } from '../types';

type Row = DecodedLine & { index: number };

function CrcCell({ line, index }: { line: DecodedLine; index: number }) {
  const { t } = useTranslation();
  if (!line.crc) return <span data-testid={`inspector-crc-${index}`}>{t('common.none')}</span>;
  const { declared, computed, ok } = line.crc;
  return (
    <span data-testid={`inspector-crc-${index}`} data-crc-ok={String(ok)}>
      <Tag color={ok ? 'success' : 'error'}>
        {ok ? t('monitoring.inspector.crcOk') : t('monitoring.inspector.crcBad')}
      </Tag>
      <code>{ok ? declared : `${declared} ≠ ${computed}`}</code>
    </span>
  );
}

/** What a frame carries: header fields, the CP data area, and each factor's fields. */
function LineDetails({ line }: { line: DecodedLine }) {
  const { t } = useTranslation();
  if (line.rawHex) return <Typography.Text code>{line.rawHex}</Typography.Text>;
  return (
    <>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="PW">{line.pw ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.inspector.length')}>{line.declaredLength ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="PNUM/PNO">{line.pnum != null ? `${line.pno}/${line.pnum}` : '—'}</Descriptions.Item>
        {Object.entries(line.cp ?? {}).map(([k, v]) => (
          <Descriptions.Item key={k} label={k}>
            {v}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {Object.keys(line.factors ?? {}).length > 0 ? (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          rowKey="code"
          dataSource={Object.entries(line.factors ?? {}).map(([code, fields]) => ({ code, fields }))}
          columns={[
            { key: 'code', dataIndex: 'code', title: t('monitoring.device.factorCode') },
            {
              key: 'fields',
              title: t('monitoring.inspector.fields'),
              render: (_, f: { fields: Record<string, string> }) =>
                Object.entries(f.fields).map(([k, v]) => (
                  <Tag key={k} color={k === 'Flag' && v !== 'N' ? 'red' : undefined}>
                    {k}={v}
                  </Tag>
                )),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** One row per frame the server found: valid or not, the CRC verdict, the error code and the header. */
export function DecodedLinesTable({ lines }: { lines: DecodedLine[] }) {
  const { t } = useTranslation();
  const rows: Row[] = lines.map((l, index) => ({ ...l, index }));
  return (
    <Table<Row>
      data-testid="inspector-result"
      rowKey="index"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (line) => <LineDetails line={line} />,
        defaultExpandedRowKeys: rows.length === 1 ? [0] : [],
      }}
      columns={[
        { key: 'index', title: '#', width: 48, render: (_, l) => l.index + 1 },
        {
          key: 'ok',
          title: t('monitoring.inspector.result'),
          render: (_, l) => (
            <Tag data-testid={`inspector-ok-${l.index}`} color={l.ok ? 'success' : 'error'}>
              {l.ok ? t('monitoring.inspector.valid') : t('monitoring.inspector.invalid')}
            </Tag>
          ),
        },
        { key: 'crc', title: 'CRC', render: (_, l) => <CrcCell line={l} index={l.index} /> },
        {
          key: 'error',
          title: t('monitoring.inspector.error'),
          render: (_, l) =>
            l.error ? (
              <span data-testid={`inspector-error-${l.index}`}>
                <Typography.Text code translate="no">
                  {l.error.code}
                </Typography.Text>{' '}
                {/* The code in words; the decoder's detail (figures, in English) on hover. */}
                <Tooltip title={l.error.message}>{quarantineReasonText(l.error.code, l.error.message, t)}</Tooltip>
              </span>
            ) : (
              t('common.none')
            ),
        },
        { key: 'qn', title: 'QN', render: (_, l) => l.qn ?? '—' },
        { key: 'st', title: 'ST', render: (_, l) => l.st ?? '—' },
        { key: 'cn', title: 'CN', render: (_, l) => l.cn ?? '—' },
        { key: 'mn', title: 'MN', render: (_, l) => (l.mn ? <code>{l.mn}</code> : '—') },
        {
          key: 'flag',
          title: 'Flag',
          render: (_, l) => (l.flag ? `${l.flag.raw}${l.flag.ack ? ' A' : ''}${l.flag.split ? ' D' : ''}` : '—'),
        },
        { key: 'offset', title: t('monitoring.inspector.offset'), render: (_, l) => l.offset },
      ]}
    />
  );
}
