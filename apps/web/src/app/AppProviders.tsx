import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n';
import { readStoredLocale, storeLocale, type Locale } from '../i18n/locale';
import { ErrorNotifier } from './ErrorNotifier';
import { LocaleContext } from '../lib/locale-context';
import { createQueryClient } from '../lib/query-client';

type Props = {
  children: ReactNode;
  /** Tests pass their own instances; the app creates one of each on first render. */
  i18n?: I18n;
  queryClient?: QueryClient;
};

function applyDocumentLocale(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Everything a page needs around it: query cache, translations, antd theme and locale, error messages. */
export function AppProviders({ children, i18n: givenI18n, queryClient: givenClient }: Props) {
  const [i18n] = useState(() => givenI18n ?? createI18n(readStoredLocale()));
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [locale, setLocaleState] = useState<Locale>(() => (i18n.language === 'en' ? 'en' : 'zh-CN'));

  const setLocale = useCallback(
    (next: Locale) => {
      void i18n.changeLanguage(next);
      storeLocale(next);
      setLocaleState(next);
    },
    [i18n],
  );
  useEffect(() => applyDocumentLocale(locale), [locale]);
  const localeState = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocaleContext.Provider value={localeState}>
          <ConfigProvider
            locale={locale === 'en' ? enUS : zhCN}
            button={{ autoInsertSpace: false }}
            theme={{ token: { colorPrimary: '#1f7a4d' } }}
          >
            <AntApp>
              <ErrorNotifier />
              {children}
            </AntApp>
          </ConfigProvider>
        </LocaleContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
