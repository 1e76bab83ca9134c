import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, InputNumber, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { TargetCards } from '../components/TargetCards';
import { TargetFormModal } from '../components/TargetFormModal';
import { TargetImportModal } from '../components/TargetImportModal';
import { TargetsTable } from '../components/TargetsTable';
import { useRegionOptions } from '../hooks/useAdmin';
import { useDeleteTarget, useTargets } from '../hooks/useTargets';
import { shanghaiToday } from '../periods';
import type { TargetProgress } from '../types';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/assessment/targets — national assessment targets with progress and forecast; writers create, edit, delete and import. */
export function AssessmentTargetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'assessment:write');
  const [year, setYear] = useState(() => Number(shanghaiToday().slice(0, 4)));
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const [view, setView] = useState<'table' | 'cards'>('table');
  const [editing, setEditing] = useState<TargetProgress | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const targets = useTargets({ year, regionCode });
  const regions = useRegionOptions();
  const remove = useDeleteTarget();
  const items = targets.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('assessment.targets.title')}
        extra={
          <Space wrap>
            <InputNumber
              data-testid="targets-year"
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            <Select
              allowClear
              placeholder={t('assessment.targets.region')}
              style={{ width: 160 }}
              value={regionCode}
              onChange={setRegionCode}
              options={regions.options}
            />
            <Segmented
              value={view}
              onChange={setView}
              options={[
                { value: 'table', label: t('assessment.targets.table') },
                { value: 'cards', label: t('assessment.targets.cards') },
              ]}
            />
            {canWrite ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="targets-import">
                  {t('assessment.targets.import')}
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  data-testid="target-create"
                  onClick={() => {
                    setEditing(null);
                    setFormOpen(true);
                  }}
                >
                  {t('assessment.targets.create')}
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <Card>
        {view === 'table' ? (
          <TargetsTable
            targets={items}
            loading={targets.isFetching}
            canWrite={canWrite}
            onEdit={(target) => {
              setEditing(target);
              setFormOpen(true);
            }}
            onDelete={(target) =>
              remove.mutate(target.id, { onSuccess: () => void message.success(t('assessment.targets.deleted')) })
            }
          />
        ) : (
          <TargetCards targets={items} />
        )}
      </Card>
      <TargetFormModal
        open={formOpen}
        editing={editing}
        regions={regions.options}
        year={year}
        onClose={() => setFormOpen(false)}
      />
      <TargetImportModal open={importOpen} onClose={() => setImportOpen(false)} />
    </>
  );
}
