import { validateUscc } from '@ecocloud/standards';

/** What is wrong with a typed credit code, as an i18n key and its values; null when it is valid. */
export function usccProblem(raw: string): { key: string; values?: Record<string, string> } | null {
  const result = validateUscc(raw);
  if (result.ok) return null;
  if (result.code === 'USCC_CHECK_DIGIT' && result.expected)
    return { key: 'sources.form.usccCheck', values: { expected: result.expected } };
  return { key: 'sources.form.usccFormat' };
}

/**
 * The expected check character from a 400 USCC_CHECK_DIGIT (`details.params.expected`, or
 * `details.expected`), for a server that checks a code the form let through.
 */
export function expectedFromDetails(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const d = details as { params?: { expected?: unknown }; expected?: unknown };
  const expected = d.params?.expected ?? d.expected;
  return typeof expected === 'string' ? expected : null;
}
