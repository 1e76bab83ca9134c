import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NO_DATA_COLOUR } from '../colours';

/** GB 3097 class → colour: I blue, II green, III yellow, IV orange, worse than IV (5) red. */
const SEA_CLASS_COLOURS: Readonly<Record<number, string>> = {
  1: '#1677FF',
  2: '#52C41A',
  3: '#FADB14',
  4: '#FA8C16',
  5: '#F5222D',
};

export function seaClassColour(seaClass: number | null | undefined): string {
  return (seaClass !== null && seaClass !== undefined ? SEA_CLASS_COLOURS[seaClass] : undefined) ?? NO_DATA_COLOUR;
}

/** A sea-water class tag on its colour; "—" without a class. */
export function SeaClassTag({ seaClass, testId }: { seaClass: number | null; testId?: string }) {
  const { t } = useTranslation();
  if (seaClass === null) return <Tag data-testid={testId}>—</Tag>;
  const colour = seaClassColour(seaClass);
  return (
    <Tag
      data-testid={testId}
      data-class={seaClass}
      style={{ background: colour, borderColor: colour, color: seaClass === 3 ? '#1f1f1f' : '#fff' }}
    >
      {t(`assessment.media.sea.classes.${seaClass}`)}
    </Tag>
  );
}
