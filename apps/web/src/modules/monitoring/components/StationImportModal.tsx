import { DownloadOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATIONS_IMPORT_TEMPLATE_URL } from '../api';
import { useImportStations } from '../hooks/useStations';
import { ImportPanel } from '../../../ui/ImportPanel';

/** The station register's import: CSV/XLSX with columns code,name,kind,region_code,lon,lat (+ optional, typed attributes), and its template. */
export function StationImportModal({
  open,
  onClose,
  onApplied,
}: {
  open: boolean;
  onClose: () => void;
  onApplied: (count: number) => void;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const run = useImportStations(setProgress);
  return (
    <Modal
      open={open}
      title={t('monitoring.station.importTitle')}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('monitoring.station.importHint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Button
          data-testid="station-import-template"
          icon={<DownloadOutlined />}
          href={STATIONS_IMPORT_TEMPLATE_URL}
          download
        >
          {t('monitoring.station.importTemplate')}
        </Button>
      </Typography.Paragraph>
      <ImportPanel
        run={(vars) => {
          setProgress(0);
          return run.mutateAsync(vars);
        }}
        isRunning={run.isPending}
        progress={progress}
        onApplied={onApplied}
      />
    </Modal>
  );
}
