/**
 * A case document as renderer-neutral blocks: the DOCX and the PDF renderers draw the same model, so the
 * two formats cannot say different things.
 */
export type DocumentBlock =
  /** A numbered section heading (一、违法事实和证据). */
  | { kind: 'heading'; text: string }
  /** Body text, first line indented two characters as official documents are. */
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** Lines printed as they are, flush left (the party block of a letter: 当事人：…). */
  | { kind: 'lines'; lines: readonly string[] }
  /** A form: label | value rows (the party, the filing form, the service receipt). */
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  /** A table with a header row; widths are relative. */
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[]; widths: readonly number[] };

export interface CaseDocument {
  /** The issuing authority (the handling organisation), printed above the title. */
  authority: string;
  /** 行政处罚决定书 … */
  title: string;
  /** The document number: the case number. */
  number: string;
  blocks: DocumentBlock[];
  /** The seal line: authority and date (2026年11月9日), right-aligned at the end. */
  signature: { authority: string; date: string } | null;
  /** For the officer, not the party: unverified rules and warnings of the assessment (⚠). */
  checks: string[];
}

/** 2026-11-09 → 2026年11月9日. */
export const chineseDate = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** 200000 → 200,000 (grouped as printed amounts are). */
export const yuan = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** 20 → 20%, 7.5 → 7.5%. */
export const percent = (n: number): string => `${n}%`;
