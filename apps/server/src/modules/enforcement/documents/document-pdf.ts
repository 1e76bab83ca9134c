import { cjkPdf } from '../../../platform/documents/cjk-pdf';
import type { CaseDocument, DocumentBlock } from './document-model';

const LEFT = 60;
const WIDTH = 475;
const BODY = 12;
const CELL_PAD = 4;

/** Starts a new page when `height` points do not fit above the bottom margin. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** One table row: cells side by side with borders, as tall as the tallest cell; shaded where asked. */
function row(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  opts: { bold?: readonly boolean[]; fill?: readonly (string | null)[] } = {},
): void {
  const size = 10.5;
  const heights = cells.map((t, i) => {
    doc.font(opts.bold?.[i] ? 'bold' : 'regular').fontSize(size);
    return doc.heightOfString(t || ' ', { width: widths[i]! - 2 * CELL_PAD, lineGap: 2 });
  });
  const h = Math.max(...heights) + 2 * CELL_PAD;
  ensureRoom(doc, h);
  const top = doc.y;
  let x = LEFT;
  cells.forEach((t, i) => {
    const w = widths[i]!;
    const fill = opts.fill?.[i];
    if (fill) doc.rect(x, top, w, h).fillColor(fill).fill();
    doc.rect(x, top, w, h).lineWidth(0.5).strokeColor('#000').stroke();
    doc
      .font(opts.bold?.[i] ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor('#000')
      .text(t, x + CELL_PAD, top + CELL_PAD, { width: w - 2 * CELL_PAD, lineGap: 2 });
    x += w;
  });
  doc.x = LEFT;
  doc.y = top + h;
}

function block(doc: PDFKit.PDFDocument, b: DocumentBlock): void {
  switch (b.kind) {
    case 'heading':
      ensureRoom(doc, 40);
      doc.moveDown(0.4).font('bold').fontSize(BODY).fillColor('#000').text(b.text, LEFT, doc.y, { width: WIDTH });
      doc.moveDown(0.2);
      return;
    case 'paragraph':
      // Chinese paragraphs open with two full-width spaces (U+3000), as printed documents do; pdfkit's
      // justification would eat them (it spreads text at spaces), so lines stay ragged.
      doc
        .font(b.bold ? 'bold' : 'regular')
        .fontSize(BODY)
        .fillColor('#000')
        .text(`\u3000\u3000${b.text}`, LEFT, doc.y, { width: WIDTH, lineGap: 4, paragraphGap: 4 });
      return;
    case 'lines':
      doc.font('regular').fontSize(BODY).fillColor('#000');
      for (const l of b.lines) doc.text(l, LEFT, doc.y, { width: WIDTH, lineGap: 4 });
      doc.moveDown(0.3);
      return;
    case 'fields': {
      const widths = [WIDTH * 0.25, WIDTH * 0.75];
      for (const [label, value] of b.rows)
        row(doc, [label, value], widths, { bold: [true, false], fill: ['#f2f2f2', null] });
      doc.moveDown(0.5);
      return;
    }
    case 'table': {
      const total = b.widths.reduce((a, w) => a + w, 0);
      const widths = b.widths.map((w) => (w / total) * WIDTH);
      row(doc, b.header, widths, { bold: b.header.map(() => true), fill: b.header.map(() => '#f2f2f2') });
      for (const r of b.rows) row(doc, r, widths);
      doc.moveDown(0.5);
    }
  }
}

/**
 * The document as a PDF for printing (A4, Noto Sans SC embedded): authority in red and the title
 * centred, the number over a red rule, the blocks, the seal line, the officer's checks in grey, and the
 * page number at the foot of each page.
 */
export async function renderDocumentPdf(d: CaseDocument, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, done } = cjkPdf({ title: `${d.title} ${d.number}`, ...opts });
  doc.font('bold').fontSize(20).fillColor('#c00000').text(d.authority, LEFT, 60, { width: WIDTH, align: 'center' });
  doc.moveDown(0.2).fillColor('#000').fontSize(18).text(d.title, { width: WIDTH, align: 'center' });
  doc.moveDown(0.3).font('regular').fontSize(BODY).text(d.number, { width: WIDTH, align: 'center' });
  const rule = doc.y + 4;
  doc
    .moveTo(LEFT, rule)
    .lineTo(LEFT + WIDTH, rule)
    .lineWidth(1.5)
    .strokeColor('#c00000')
    .stroke();
  doc.y = rule + 14;
  for (const b of d.blocks) block(doc, b);
  if (d.signature) {
    ensureRoom(doc, 90);
    doc.moveDown(2).font('regular').fontSize(BODY).fillColor('#000');
    for (const l of [d.signature.authority, '（印章）', d.signature.date])
      doc.text(l, LEFT, doc.y, { width: WIDTH - 20, align: 'right', lineGap: 4 });
  }
  if (d.checks.length) {
    ensureRoom(doc, 40);
    doc.moveDown(1.5).font('bold').fontSize(8.5).fillColor('#808080').text('承办人核对提示（打印前删除）：', LEFT);
    doc.font('regular');
    for (const c of d.checks) doc.text(c, LEFT, doc.y, { width: WIDTH, lineGap: 1 });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The foot lies in the bottom margin: without lifting it pdfkit would carry the text onto a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor('#444')
      .text(`第 ${i + 1} 页，共 ${range.count} 页`, LEFT, doc.page.height - 40, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
