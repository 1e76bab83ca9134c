import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import type { Dictionary } from '../api';

type Props = { dictionaries: Dictionary[]; selected: string | null; onSelect: (code: string) => void };

/** The dictionaries as a menu, each with its entry count. */
export function DictionaryList({ dictionaries, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Menu
      data-testid="dictionary-list"
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => onSelect(key)}
      items={dictionaries.map((d) => ({
        key: d.code,
        label: (
          <span title={d.code}>
            {locale === 'en' ? d.nameEn : d.name}{' '}
            <Badge
              count={d.entryCount}
              overflowCount={9999}
              showZero
              color="#8c8c8c"
              title={t('dict.entryCount', { count: d.entryCount })}
            />
          </span>
        ),
      }))}
    />
  );
}
