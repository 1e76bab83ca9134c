import type { ImportReport, ImportRowError } from '@ecocloud/contracts';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';

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
      <Table<ImportRowError & { key: number }>
        data-testid="import-errors"
        size="small"
        dataSource={report.errors.map((e, key) => ({ ...e, key }))}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('dict.noErrors') }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('dict.row'), width: 70 },
          { key: 'field', title: t('dict.field'), render: (_, e) => e.field ?? t('common.none'), width: 110 },
          { key: 'code', dataIndex: 'code', title: t('dict.errCode'), width: 150 },
          { key: 'message', dataIndex: 'message', title: t('dict.message') },
        ]}
      />
    </>
  );
}
