import type { AuditEntry } from '@ecocloud/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditActionText, auditEntityText } from '../../../i18n/code-text';
import { formatInstant } from '../../../ui/format-time';
import { AuditEntryDetails } from './AuditEntryDetails';

type Props = {
  entries: AuditEntry[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
};

// Failed logins and deletions stand out; everything else is neutral.
function actionColor(action: string): string | undefined {
  if (action.endsWith('_failed') || action.endsWith('.delete')) return 'red';
  if (action.startsWith('auth.')) return 'blue';
  return undefined;
}

/** The audit log, newest first; a row expands to its before/after values and hash. */
export function AuditTable(props: Props) {
  const { t } = useTranslation();
  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.entries}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} /> }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: props.onPage,
      }}
      columns={[
        {
          key: 'at',
          title: t('audit.at'),
          width: 190,
          render: (_, e) => <time dateTime={e.at}>{formatInstant(e.at)}</time>,
        },
        {
          key: 'actor',
          title: t('audit.actor'),
          render: (_, e) => (
            <span data-testid="audit-actor" translate="no">
              {e.actorName ?? t('common.none')}
            </span>
          ),
        },
        {
          key: 'action',
          title: t('audit.action'),
          render: (_, e) => (
            <Tag data-testid="audit-action" data-action={e.action} title={e.action} color={actionColor(e.action)}>
              {auditActionText(e.action, t)}
            </Tag>
          ),
        },
        {
          key: 'entityType',
          title: t('audit.entityType'),
          render: (_, e) => (e.entityType ? <EntityType entityType={e.entityType} /> : t('common.none')),
        },
        {
          key: 'entityId',
          title: t('audit.entityId'),
          render: (_, e) => (e.entityId ? <span translate="no">{e.entityId}</span> : t('common.none')),
          ellipsis: true,
        },
        { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? t('common.none') },
      ]}
    />
  );
}

function EntityType({ entityType }: { entityType: string }) {
  const { t } = useTranslation();
  const { label, detail } = auditEntityText(entityType, t);
  return (
    <span title={entityType}>
      {label}
      {detail ? (
        <code translate="no" style={{ marginLeft: 4 }}>
          {detail}
        </code>
      ) : null}
    </span>
  );
}
