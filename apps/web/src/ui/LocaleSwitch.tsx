import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/locale-context';

/** One button that flips between 中文 and English; it names the language it switches to. */
export function LocaleSwitch() {
  const { locale, setLocale } = useLocale();
  const { t } = useTranslation();
  return (
    <Button
      data-testid="locale-switch"
      icon={<GlobalOutlined />}
      type="text"
      onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
    >
      {/* The name of the language it switches to, in that language: not to be translated. */}
      <span lang={locale === 'en' ? 'zh-CN' : 'en'} translate="no">
        {t('locale.switchTo')}
      </span>
    </Button>
  );
}
