import type { InspectionObject } from '@ecocloud/contracts';
import { Alert, Button, Card, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { InspectorRecusalModal } from '../components/InspectorRecusalModal';
import { ObjectEditModal } from '../components/ObjectEditModal';
import { useInspectionObjects, useInspectors, useSaveInspector, useSaveObject } from '../hooks/useInspections';
import { LIBRARY_COLORS, libraryText } from '../inspection-labels';
import type { Inspector } from '../inspections-api';

/**
 * /app/enforcement/inspection-library — 一单两库: the units with their library and the reasons (in
 * Chinese, from the server), the positive list; and the inspectors with their recusals. enforcement:plan
 * edits both.
 */
export function InspectionLibraryPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const canPlan = hasPermission(me, 'enforcement:plan');
  return (
    <>
      <PageHeader title={t('enforcement.inspections.objects.title')} />
      <Typography.Paragraph type="secondary">{t('enforcement.inspections.objects.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'objects',
            label: t('enforcement.inspections.objects.tab'),
            children: <ObjectsTab canPlan={canPlan} />,
          },
          {
            key: 'inspectors',
            label: t('enforcement.inspections.inspectorLibrary.tab'),
            children: <InspectorsTab canPlan={canPlan} />,
          },
        ]}
      />
    </>
  );
}

function ObjectsTab({ canPlan }: { canPlan: boolean }) {
  const { t } = useTranslation();
  const objects = useInspectionObjects();
  const save = useSaveObject();
  const [editing, setEditing] = useState<InspectionObject | null>(null);
  const counts = objects.data?.counts;
  return (
    <Card>
      {counts ? (
        <Space style={{ marginBottom: 12 }} wrap data-testid="object-counts">
          {(['key', 'special', 'general'] as const).map((l) => (
            <Tag key={l} color={LIBRARY_COLORS[l]}>
              {libraryText(l, t)} {t('enforcement.inspections.objectCount', { count: counts[l] })}
            </Tag>
          ))}
        </Space>
      ) : null}
      {(objects.data?.notes ?? []).map((note) => (
        <Alert key={note} type="info" showIcon title={note} style={{ marginBottom: 12 }} />
      ))}
      <Table<InspectionObject>
        rowKey="enterpriseId"
        loading={objects.isFetching}
        dataSource={objects.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enforcement.inspections.objects.empty') }}
        data-testid="objects-table"
        columns={[
          { title: t('enforcement.inspections.unit'), dataIndex: 'name' },
          { title: t('enforcement.inspections.uscc'), dataIndex: 'uscc' },
          {
            title: t('enforcement.inspections.library'),
            key: 'library',
            render: (_, o) => (
              <Tag color={LIBRARY_COLORS[o.library]} data-testid={`object-library-${o.enterpriseId}`}>
                {libraryText(o.library, t)}
              </Tag>
            ),
          },
          {
            title: t('enforcement.inspections.objects.reasons'),
            key: 'reasons',
            render: (_, o) => o.reasons.map((r) => r.text).join('；') || t('common.none'),
          },
          {
            title: t('enforcement.inspections.objects.positiveList'),
            key: 'positiveList',
            render: (_, o) => (
              <Switch
                size="small"
                checked={o.positiveList}
                disabled={!canPlan}
                loading={save.isPending && save.variables?.enterpriseId === o.enterpriseId}
                data-testid={`object-positive-${o.enterpriseId}`}
                onChange={(positiveList) =>
                  save.mutate({
                    enterpriseId: o.enterpriseId,
                    body: {
                      ...(o.manualLibrary ? { library: o.manualLibrary } : {}),
                      reasons: o.manualReasons,
                      positiveList,
                    },
                  })
                }
              />
            ),
          },
          ...(canPlan
            ? [
                {
                  title: t('common.actions'),
                  key: 'edit',
                  render: (_: unknown, o: InspectionObject) => (
                    <Button size="small" onClick={() => setEditing(o)} data-testid={`object-edit-${o.enterpriseId}`}>
                      {t('enforcement.inspections.objects.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ObjectEditModal object={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function InspectorsTab({ canPlan }: { canPlan: boolean }) {
  const { t } = useTranslation();
  const inspectors = useInspectors();
  const save = useSaveInspector();
  const [editing, setEditing] = useState<Inspector | null>(null);
  return (
    <Card>
      <Table<Inspector>
        rowKey="userId"
        loading={inspectors.isFetching}
        dataSource={inspectors.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('enforcement.inspections.inspectorLibrary.empty') }}
        data-testid="inspectors-table"
        columns={[
          { title: t('enforcement.inspections.inspectorLibrary.name'), dataIndex: 'displayName' },
          { title: t('enforcement.inspections.inspectorLibrary.org'), dataIndex: 'orgName' },
          {
            title: t('enforcement.inspections.inspectorLibrary.active'),
            key: 'active',
            render: (_, i) => (
              <Switch
                size="small"
                checked={i.active}
                disabled={!canPlan}
                data-testid={`inspector-active-${i.userId}`}
                onChange={(active) =>
                  save.mutate({
                    userId: i.userId,
                    body: { active, recusals: i.recusals.map((r) => r.enterpriseId) },
                  })
                }
              />
            ),
          },
          {
            title: t('enforcement.inspections.inspectorLibrary.recusals'),
            key: 'recusals',
            render: (_, i) =>
              i.recusals.map((r) => r.name ?? r.enterpriseId).join('、') ||
              t('enforcement.inspections.inspectorLibrary.noRecusals'),
          },
          ...(canPlan
            ? [
                {
                  title: t('common.actions'),
                  key: 'edit',
                  render: (_: unknown, i: Inspector) => (
                    <Button size="small" onClick={() => setEditing(i)} data-testid={`inspector-edit-${i.userId}`}>
                      {t('enforcement.inspections.inspectorLibrary.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <InspectorRecusalModal inspector={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
