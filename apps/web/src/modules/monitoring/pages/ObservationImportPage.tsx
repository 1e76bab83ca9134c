import { App, Card, Checkbox, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ImportPanel } from '../../../ui/ImportPanel';
import { useObservationImport } from '../hooks/useObservationImport';
import { PageHeader } from '../../../ui/PageHeader';

/** Manual monitoring data in wide form (station, time, one column per parameter, optional <param>_flag). */
export function ObservationImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<'1h' | '1d'>('1h');
  // Stored values that differ from the file are kept unless the user asks to replace them.
  const [replace, setReplace] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const run = useObservationImport(setProgress);
  return (
    <>
      <PageHeader title={t('monitoring.import.title')} />
      <Card>
        <Typography.Paragraph type="secondary">
          <Trans i18nKey="monitoring.import.hint" components={{ c: <code translate="no" /> }} />
        </Typography.Paragraph>
        <Typography.Paragraph>
          <Typography.Text code>station,time,so2,no2,co,o3,pm10,pm2_5,pm2_5_flag</Typography.Text>
        </Typography.Paragraph>
        <ImportPanel
          run={(vars) => {
            setProgress(0);
            return run.mutateAsync({ ...vars, period, replace });
          }}
          isRunning={run.isPending}
          progress={progress}
          optionsVersion={`${period}|${replace}`}
          onApplied={(count) => void message.success(t('dict.applied', { count }))}
          extra={
            <Space orientation="vertical">
              <div>
                <Typography.Text strong>{t('monitoring.import.period')}：</Typography.Text>
                <Radio.Group
                  data-testid="import-period"
                  value={period}
                  onChange={(e) => setPeriod(e.target.value as '1h' | '1d')}
                  options={[
                    { value: '1h', label: t('monitoring.periods.1h') },
                    { value: '1d', label: t('monitoring.periods.1d') },
                  ]}
                />
              </div>
              <Checkbox data-testid="import-replace" checked={replace} onChange={(e) => setReplace(e.target.checked)}>
                {t('monitoring.import.replace')}
              </Checkbox>
            </Space>
          }
        />
      </Card>
    </>
  );
}
