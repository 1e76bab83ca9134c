import { Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import { waterClassColour } from '../colours';
import { sectionPoints } from '../map-values';
import type { SectionClass } from '../types';

/** Sections on the province map in their class colours (I–II blue, III green, IV yellow, V orange, 劣V red). */
export function WaterSectionMap({ sections, height = 420 }: { sections: SectionClass[]; height?: number }) {
  const { t } = useTranslation();
  const points = useMemo(
    () => sectionPoints(sections, (c) => (c === null ? '—' : t(`assessment.water.classes.${c}`))),
    [sections, t],
  );
  return (
    <>
      <Space wrap size={4} data-testid="water-legend">
        {[1, 3, 4, 5, 6].map((c) => (
          <Tag key={c} color={waterClassColour(c)}>
            {c === 1 ? t('assessment.water.classesOneTwo') : t(`assessment.water.classes.${c}`)}
          </Tag>
        ))}
      </Space>
      <ProvinceMap points={points} height={height} />
    </>
  );
}
