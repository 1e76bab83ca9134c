import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { OFFICIAL_FONTS } from '../../../platform/documents/official-fonts';
import type { MonthlyBlock } from './monthly-document';

const { body: BODY, heading: HEADING, title: TITLE } = OFFICIAL_FONTS;
/** Half-points: 三号 16 pt body, 二号 22 pt title, 小四 12 pt tables. */
const SIZE = { body: 32, title: 44, table: 24 };

const run = (text: string, font = BODY, size = SIZE.body, bold = false) => new TextRun({ text, font, size, bold });

const cell = (text: string, width: number, header: boolean) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
    children: [new Paragraph({ children: [run(text, BODY, SIZE.table, header)] })],
  });

function toDocx(b: MonthlyBlock): Paragraph | Table {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        children: [run(b.text, TITLE, SIZE.title, true)],
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
      });
    case 'heading':
      return new Paragraph({ children: [run(b.text, HEADING)], spacing: { before: 240 } });
    case 'subheading':
      return new Paragraph({ children: [run(b.text, BODY, SIZE.body, true)], spacing: { before: 120 } });
    case 'para':
      return new Paragraph({ children: [run(b.text)], indent: { firstLine: 640 }, spacing: { line: 360 } });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, b.widths[i]!, true)) }),
          ...b.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, b.widths[i]!, false)) })),
        ],
      });
  }
}

/** The report as an editable Word document. */
export function renderMonthlyDocx(title: string, blocks: readonly MonthlyBlock[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'EcoCloud',
    sections: [{ children: blocks.map(toDocx) }],
  });
  return Packer.toBuffer(doc);
}
