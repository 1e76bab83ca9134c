import { Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastDays, MEDIA_RANGE_DAYS, type MediaRangeDays } from '../components/media-range';
import { NoisePointsTab } from '../components/NoisePointsTab';
import { RadiationTab } from '../components/RadiationTab';
import { SeaPointsTab } from '../components/SeaPointsTab';
import { shanghaiToday } from '../periods';
import { PageHeader } from '../../../ui/PageHeader';

type TabKey = 'sea' | 'noise' | 'radiation';

/** /app/assessment/other-media — coastal sea classes (GB 3097), noise compliance (GB 3096) and radiation against background. */
export function OtherMediaPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>('sea');
  // Sea points are surveyed three times a year, so their tab always shows the last year.
  const [noiseDays, setNoiseDays] = useState<MediaRangeDays>(30);
  const today = shanghaiToday();
  const seaRange = lastDays(today, 365);
  const noiseRange = lastDays(today, noiseDays);
  const extra =
    tab === 'noise' ? (
      <Segmented<MediaRangeDays>
        data-testid="noise-range"
        value={noiseDays}
        onChange={setNoiseDays}
        options={MEDIA_RANGE_DAYS.map((d) => ({ value: d, label: t(`assessment.media.ranges.d${d}`) }))}
      />
    ) : null;
  return (
    <>
      <PageHeader title={t('assessment.media.title')} extra={extra} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        destroyOnHidden
        items={[
          { key: 'sea', label: t('assessment.media.tabs.sea'), children: <SeaPointsTab {...seaRange} /> },
          { key: 'noise', label: t('assessment.media.tabs.noise'), children: <NoisePointsTab {...noiseRange} /> },
          { key: 'radiation', label: t('assessment.media.tabs.radiation'), children: <RadiationTab /> },
        ]}
      />
    </>
  );
}
