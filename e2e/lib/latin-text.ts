import type { Page } from 'playwright-core';

/**
 * Latin words a Chinese page may show (issue #14): the product's name, codes of standards,
 * units, pollutant and protocol abbreviations, and file formats. Tokens with a digit, subscripts
 * included (PM2.5, NO₂, HJ 633's number, station codes like GX-N-0101, dates), are figures or
 * identifiers and pass without being listed, as do file extensions (.docx). Anything else in Latin
 * letters is an English message or a raw code the web should have put into words. Keep this list
 * short: a word belongs here only if a Chinese official would write it in Latin letters too.
 */
const LATIN_ALLOWED = new Set([
  'EcoCloud', // the product's name
  'HJ',
  'GB',
  'GB/T', // codes of the standards (HJ 633, GB 3095, GB/T 2260)
  'µg/m³',
  'mg/m³',
  'μg/m³',
  'MB', // units
  'AQI',
  'CWQI',
  'PM',
  'CO',
  'pH',
  'DO',
  'COD',
  'CODMn',
  'TP',
  'TN',
  'NOx',
  'TSP', // indices and pollutants as Chinese reports write them
  'ISO', // the standard (ISO 8601 times)
  'MN',
  'QN',
  'ST',
  'CN',
  'CP',
  'PW',
  'CRC', // HJ 212 field names and checksum, as the standard writes them
  'CSV',
  'XLSX',
  'PDF',
  'DOCX',
  'JSON',
  'GeoJSON',
  'API',
  'IP',
  'URL',
  'Excel',
  'Word', // formats and the programs named for them
]);

export type LatinFinding = { text: string; context: string };

/**
 * Runs in the page (a string, as the e2e project compiles without the DOM library): the trimmed
 * visible text nodes, leaving out what is data rather than message.
 */
const VISIBLE_TEXT_SCRIPT = `(() => {
  const skip = 'script, style, noscript, code, pre, kbd, samp, svg, canvas, textarea, input, select, [translate="no"], [aria-hidden="true"]';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ? node.textContent.trim() : '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(skip)) continue;
    if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    out.push(text);
  }
  return out;
})()`;

/**
 * Words of visible text in Latin letters outside the allowlist. Text the page marks as not to be
 * translated (`translate="no"`: user names, codes, identifiers), code and pre blocks, inputs, and
 * charts (SVG and canvas) are data, not messages, and are skipped. Raw ISO instants are reported too:
 * the web shows Beijing time.
 */
export async function latinFindings(page: Page): Promise<LatinFinding[]> {
  const chunks = await page.evaluate<string[]>(VISIBLE_TEXT_SCRIPT);
  const findings: LatinFinding[] = [];
  for (const text of chunks) {
    if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text))
      findings.push({ text: 'raw ISO instant', context: text.slice(0, 120) });
    for (const raw of text.match(/[A-Za-z0-9µμ³₀-₉_./-]+/g) ?? []) {
      const token = raw.replace(/^[./-]+|[./-]+$/g, '');
      if (/^\.[a-z]+$/.test(raw)) continue; // a file extension
      if ((token.match(/[A-Za-z]/g)?.length ?? 0) < 2 || /[\d₀-₉]/.test(token)) continue;
      if (LATIN_ALLOWED.has(token)) continue;
      findings.push({ text: token, context: text.slice(0, 120) });
    }
  }
  return findings;
}
