import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import type { Locale } from './locale';
import { zhCN } from './zh-cn';

/**
 * A fresh i18next instance with both locales loaded synchronously, so the first render is
 * already translated (no suspense flash) and tests can create isolated instances.
 * `nsSeparator` is off because permission keys such as `orgs:read` contain a colon.
 */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
