/**
 * The "extra" attributes of a dictionary entry (unit, HJ 212 code, standard version …) are a
 * JSON object edited as text. Returns the object, `{}` for blank text, or null when the text
 * is not a JSON object (arrays and scalars are refused: the API stores a record).
 */
export function parseExtra(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined || text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return value as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The text shown for editing: empty for no attributes, indented JSON otherwise. */
export function formatExtra(extra: Record<string, unknown> | undefined): string {
  return extra && Object.keys(extra).length > 0 ? JSON.stringify(extra, null, 2) : '';
}
