import type { ImportReplacement, ImportReport, ImportRowError } from '@ecocloud/contracts';
import { Alert, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { importErrorText } from '../i18n/code-text';
import { formatInstant } from './format-time';

/** The summary of an import (or its dry run) and every row-level error it found. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const hasErrors = report.errors.length > 0;
  return (
    <>
      <Alert
        data-testid="import-summary"
        type={hasErrors ? 'warning' : 'success'}
        showIcon
        title={t('dict.summary', { total: report.total, valid: report.valid, applied: report.applied })}
        description={report.dryRun ? t('dict.dryRunDone') : undefined}
        style={{ marginBottom: 12 }}
      />
      {report.differing && report.differing.count > 0 ? (
        <DifferingValues report={report} differing={report.differing} />
      ) : null}
      <Table<ImportRowError & { key: number }>
        data-testid="import-errors"
        size="small"
        dataSource={report.errors.map((e, key) => ({ ...e, key }))}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('dict.noErrors') }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('dict.row'), width: 70 },
          { key: 'field', title: t('dict.field'), render: (_, e) => e.field ?? t('common.none'), width: 110 },
          { key: 'code', title: t('dict.errCode'), width: 150, render: (_, e) => <code translate="no">{e.code}</code> },
          {
            // The code in the user's words; the server's detail (in English, with the offending value) on hover.
            key: 'message',
            title: t('dict.message'),
            render: (_, e) => (
              <Tooltip title={e.message}>
                <span data-testid="import-error-text">{importErrorText(e, t)}</span>
              </Tooltip>
            ),
          },
        ]}
      />
    </>
  );
}

const valueText = (v: { value: number | null; flag: string | null }) =>
  `${v.value ?? '—'}${v.flag ? ` (${v.flag})` : ''}`;

/** Stored values the import changes (or, without replace, keeps): how many, and the first of them. */
function DifferingValues({
  report,
  differing,
}: {
  report: ImportReport;
  differing: NonNullable<ImportReport['differing']>;
}) {
  const { t } = useTranslation();
  const key = `dict.differing.${differing.replace ? 'replace' : 'keep'}${report.dryRun ? 'Dry' : 'Done'}`;
  return (
    <>
      <Alert
        data-testid="import-differing"
        type={differing.replace ? 'warning' : 'info'}
        showIcon
        title={t(key, { count: differing.count })}
        description={t('dict.differing.listed', { count: differing.items.length })}
        style={{ marginBottom: 12 }}
      />
      <Table<ImportReplacement & { key: number }>
        data-testid="import-differing-items"
        size="small"
        dataSource={differing.items.map((d, k) => ({ ...d, key: k }))}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        style={{ marginBottom: 12 }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('dict.row'), width: 70 },
          { key: 'station', dataIndex: 'station', title: t('dict.differing.station') },
          { key: 'parameter', dataIndex: 'parameter', title: t('dict.differing.parameter') },
          { key: 'time', title: t('dict.differing.time'), render: (_, d) => formatInstant(d.periodStart) },
          { key: 'old', title: t('dict.differing.old'), render: (_, d) => valueText(d.old) },
          { key: 'new', title: t('dict.differing.new'), render: (_, d) => valueText(d.new) },
        ]}
      />
    </>
  );
}
