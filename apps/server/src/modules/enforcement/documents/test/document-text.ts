import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const PDFTOTEXT = '/usr/bin/pdftotext';
export const hasPdftotext = fs.existsSync(PDFTOTEXT);

/** The text of word/document.xml, tags dropped, paragraphs on their own lines (the DOCX is a zip). */
export async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** The text pdftotext reads from a PDF (the embedded CJK font maps back to Unicode). */
export function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enforcement-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with every space and line break removed: a long citation may wrap anywhere on the page. */
export const squeezed = (s: string) => s.replace(/\s+/g, '');
