import { Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { PacketInspector, type InspectorSeed } from '../components/PacketInspector';
import { QuarantineTable } from '../components/QuarantineTable';
import { useQuarantine } from '../hooks/useQuarantine';
import { PageHeader } from '../../../ui/PageHeader';

/** Rejected frames with their reasons; a click opens one in the packet inspector below (devices:read). */
export function QuarantinePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const canInspect = hasPermission(me, 'devices:read');
  const [filter, setFilter] = useState<{ mn?: string; reasonCode?: string }>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [seed, setSeed] = useState<InspectorSeed | null>(null);
  const list = useQuarantine({ ...paging, ...filter });
  const search = (key: 'mn' | 'reasonCode') => (v: string) => {
    setFilter((f) => ({ ...f, [key]: v.trim() || undefined }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return (
    <>
      <PageHeader title={t('monitoring.quarantine.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Space wrap style={{ marginBottom: 12 }}>
            <Input.Search allowClear placeholder="MN" style={{ width: 260 }} onSearch={search('mn')} />
            <Input.Search
              allowClear
              placeholder={t('monitoring.quarantine.reasonCode')}
              style={{ width: 220 }}
              onSearch={search('reasonCode')}
            />
          </Space>
          <QuarantineTable
            entries={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            page={paging.page}
            pageSize={paging.pageSize}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            onInspect={canInspect ? (entry) => setSeed({ text: entry.raw, nonce: Date.now() }) : undefined}
          />
        </Card>
        {canInspect ? <PacketInspector seed={seed} /> : null}
      </Space>
    </>
  );
}
