import { createContext, useContext } from 'react';
import type { Locale } from '../i18n/locale';

export type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void };

export const LocaleContext = createContext<LocaleState | null>(null);

/** The current UI locale and its setter; only valid under <AppProviders>. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <AppProviders>');
  return state;
}
