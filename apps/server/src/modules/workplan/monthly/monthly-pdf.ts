import { cjkPdf } from '../../../platform/documents/cjk-pdf';
import type { MonthlyBlock } from './monthly-document';

const LEFT = 60;
const WIDTH = 475;

/** The report as a PDF (Noto Sans SC, embedded subset), the same blocks as the Word document. */
export function renderMonthlyPdf(title: string, blocks: readonly MonthlyBlock[]): Promise<Buffer> {
  const { doc, done } = cjkPdf({ title });
  for (const b of blocks) {
    if (b.kind === 'title') doc.font('bold').fontSize(16).text(b.text, LEFT, doc.y, { width: WIDTH, align: 'center' });
    else if (b.kind === 'heading')
      doc.moveDown(0.6).font('bold').fontSize(13).text(b.text, LEFT, doc.y, { width: WIDTH });
    else if (b.kind === 'subheading')
      doc.moveDown(0.4).font('bold').fontSize(11).text(b.text, LEFT, doc.y, { width: WIDTH });
    else if (b.kind === 'para')
      doc.font('regular').fontSize(10.5).text(b.text, LEFT, doc.y, { width: WIDTH, indent: 21, paragraphGap: 3 });
    else table(doc, b);
  }
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, b: Extract<MonthlyBlock, { kind: 'table' }>) {
  const widths = b.widths.map((w) => (w / 100) * WIDTH);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > doc.page.height - 60) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    cells.forEach((c, i) => {
      if (bold) doc.rect(x, y, widths[i]!, height).fill('#eef2f6').fillColor('#000');
      doc.rect(x, y, widths[i]!, height).stroke('#999');
      doc.fillColor('#000').text(c, x + 3, y + 3, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.x = LEFT;
    doc.y = y + height;
  };
  doc.moveDown(0.3);
  row(b.header, true);
  for (const r of b.rows) row(r, false);
  doc.moveDown(0.5);
}
