import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { waterClassColour } from '../colours';

/** A GB 3838 class (1–5, 6 = worse than V) on its map colour; "—" without a class. */
export function WaterClassTag({ waterClass, testId }: { waterClass: number | null; testId?: string }) {
  const { t } = useTranslation();
  if (waterClass === null) return <Tag data-testid={testId}>—</Tag>;
  const colour = waterClassColour(waterClass);
  return (
    <Tag
      data-testid={testId}
      data-class={waterClass}
      style={{ background: colour, borderColor: colour, color: waterClass === 4 ? '#1f1f1f' : '#fff' }}
    >
      {t(`assessment.water.classes.${waterClass}`)}
    </Tag>
  );
}
