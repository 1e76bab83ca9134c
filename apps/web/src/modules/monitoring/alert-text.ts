import type { TFunction } from 'i18next';
import { formatInstant } from '../../ui/format-time';
import { parameterLabel } from './parameters';
import type { Alert } from './types';

/**
 * An alert in the reader's language, from its data (the server sends no words): the pollutants with
 * their flags or values against the limit, and the instants in Beijing time.
 */
export function alertText(t: TFunction, a: Alert): string {
  const first = formatInstant(a.firstAt).slice(0, 16);
  const last = formatInstant(a.lastAt).slice(0, 16);
  const sep = t('monitoring.alertText.separator');
  if (a.kind === 'silent') {
    return t('monitoring.alertText.silent', { minutes: a.value ?? '—', allowed: a.threshold ?? '—', last });
  }
  if (a.kind === 'over_limit') {
    const items = a.parameters.map((p) =>
      t('monitoring.alertText.overItem', {
        parameter: parameterLabel(p.parameter, t),
        value: p.value ?? '—',
        limit: p.threshold ?? '—',
      }),
    );
    return t('monitoring.alertText.over_limit', { items: items.join(sep), first, last });
  }
  // Pollutants with the same flag together: one fault flags them all alike.
  const byFlag = new Map<string, string[]>();
  for (const p of a.parameters)
    byFlag.set(p.flag ?? '', [...(byFlag.get(p.flag ?? '') ?? []), parameterLabel(p.parameter, t)]);
  const items = [...byFlag].map(([flag, labels]) =>
    t('monitoring.alertText.flagItem', {
      parameters: labels.join(sep),
      flag,
      meaning: t(`monitoring.flags.${flag}`, { defaultValue: flag }),
    }),
  );
  return t('monitoring.alertText.abnormal_flag', { items: items.join(sep), first, last });
}
