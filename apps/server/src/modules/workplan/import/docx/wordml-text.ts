/**
 * WordprocessingML (ECMA-376 Part 1, §17) to plain text: each `<w:p>` is one line; run text comes
 * from `<w:t>`, `<w:tab/>` is a tab and `<w:br/>`/`<w:cr/>` a line break. Everything else (styles,
 * field codes, deleted text, tab-stop definitions in paragraph properties) is ignored, and so is
 * `mc:Fallback`, which repeats its `mc:Choice` (text boxes would otherwise appear twice).
 */
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)([^\s/>]+)[^>]*?(\/?)>|([^<]+)/g;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return NAMED[ref] ?? all;
  });
}

/**
 * The paragraphs of a `word/document.xml`, one string each (a `<w:br/>` inside gives a `\n`). A table
 * row is one line, its cells separated by tabs (a cell's paragraphs joined by a space), so a table
 * of targets reads as the importer's tab-separated rows (`plan-tables.ts`).
 */
export function wordXmlParagraphs(xml: string): string[] {
  const out: string[] = [];
  const rows: { cells: string[]; cell: string[] | null }[] = []; // tables can nest: the innermost row last
  const emit = (paragraph: string) => {
    const row = rows[rows.length - 1];
    if (row?.cell) row.cell.push(paragraph);
    else out.push(paragraph);
  };
  const open: string[] = []; // paragraphs can nest (text boxes inside a run)
  let runDepth = 0;
  let inText = false;
  let fallback = 0;
  const append = (s: string) => {
    if (open.length > 0) open[open.length - 1] += s;
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, selfClosing, text] = m;
    if (text !== undefined || cdata !== undefined) {
      if (inText && fallback === 0) append(text !== undefined ? decodeXmlEntities(text) : cdata!);
      continue;
    }
    if (name === undefined) continue; // comment, processing instruction, doctype
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    if (name === 'mc:Fallback') {
      if (!isEmpty) fallback += isClose ? -1 : 1;
      continue;
    }
    if (fallback > 0) continue;
    switch (name) {
      case 'w:p':
        if (isClose) emit(open.pop() ?? '');
        else if (isEmpty) emit('');
        else open.push('');
        break;
      case 'w:tr':
        if (isEmpty) break;
        if (!isClose) rows.push({ cells: [], cell: null });
        else if (rows.length) emit(rows.pop()!.cells.join('\t'));
        break;
      case 'w:tc': {
        const row = rows[rows.length - 1];
        if (!row || isEmpty) break;
        if (!isClose) row.cell = [];
        else {
          row.cells.push((row.cell ?? []).filter(Boolean).join(' ').replace(/\t/g, ' '));
          row.cell = null;
        }
        break;
      }
      case 'w:r':
        if (!isEmpty) runDepth += isClose ? -1 : 1;
        break;
      case 'w:t':
        inText = !isClose && !isEmpty;
        break;
      case 'w:tab':
        if (runDepth > 0 && !isClose) append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth > 0 && !isClose) append('\n');
        break;
      default:
    }
  }
  return out;
}
