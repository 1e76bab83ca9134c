import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Org } from '@ecocloud/contracts';
import { App, Button, Card, Col, Empty, Row, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { OrgDetails } from '../components/OrgDetails';
import { OrgFormModal, type OrgFormMode } from '../components/OrgFormModal';
import { OrgTree } from '../components/OrgTree';
import { useOrgs } from '../hooks/useOrgs';
import { PageHeader } from '../../../ui/PageHeader';

/** Organisation tree on the left; details, "new child" and "rename" for the selected one. */
export function OrgsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'orgs:write');
  const orgs = useOrgs();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<OrgFormMode | null>(null);

  const items = orgs.data?.items ?? [];
  const selected = items.find((o) => o.id === selectedId);
  const parent = selected?.parentId ? items.find((o) => o.id === selected.parentId) : undefined;

  return (
    <>
      <PageHeader title={t('orgs.title')} />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Card>
            {orgs.isPending ? (
              <Spin />
            ) : (
              <OrgTree orgs={items} selectedId={selectedId} onSelect={(o: Org) => setSelectedId(o.id)} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card
            extra={
              selected && canWrite ? (
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create', parent: selected })}>
                    {t('orgs.createChild')}
                  </Button>
                  <Button icon={<EditOutlined />} onClick={() => setMode({ kind: 'rename', org: selected })}>
                    {t('orgs.rename')}
                  </Button>
                </Space>
              ) : null
            }
          >
            {selected ? <OrgDetails org={selected} parent={parent} /> : <Empty description={t('orgs.selectHint')} />}
          </Card>
        </Col>
      </Row>
      <OrgFormModal mode={mode} onClose={() => setMode(null)} onSaved={(msg) => void message.success(msg)} />
    </>
  );
}
