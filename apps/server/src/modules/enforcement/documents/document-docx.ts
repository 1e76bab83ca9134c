import {
  AlignmentType,
  BorderStyle,
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
import type { CaseDocument, DocumentBlock } from './document-model';

const { body: BODY, heading: HEADING, title: TITLE } = OFFICIAL_FONTS;
/** Half-points: 三号 16 pt for the body, 二号 22 pt for the title. */
const SIZE = { body: 32, small: 24, title: 44, note: 20 };

const run = (text: string, opts: { bold?: boolean; size?: number; font?: typeof BODY; color?: string } = {}) =>
  new TextRun({
    text,
    bold: opts.bold ?? false,
    size: opts.size ?? SIZE.body,
    font: opts.font ?? BODY,
    ...(opts.color ? { color: opts.color } : {}),
  });

/** A cell's text; line breaks in the value (a signature line) become paragraphs of the cell. */
const cell = (text: string, opts: { bold?: boolean; width: number; fill?: string }) =>
  new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [run(line, { bold: opts.bold ?? false, size: SIZE.small })] })),
  });

const table = (rows: TableRow[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows,
  });

function block(b: DocumentBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ children: [run(b.text, { font: HEADING })], spacing: { before: 120 } })];
    case 'paragraph':
      return [
        new Paragraph({
          children: [run(b.text, { bold: b.bold ?? false })],
          indent: { firstLine: 640 },
          spacing: { line: 360 },
          alignment: AlignmentType.JUSTIFIED,
        }),
      ];
    case 'lines':
      return b.lines.map((l) => new Paragraph({ children: [run(l)], spacing: { line: 360 } }));
    case 'fields':
      return [
        table(
          b.rows.map(
            ([label, value]) =>
              new TableRow({
                children: [cell(label, { bold: true, width: 25, fill: 'F2F2F2' }), cell(value, { width: 75 })],
              }),
          ),
        ),
      ];
    case 'table':
      return [
        table([
          new TableRow({
            tableHeader: true,
            children: b.header.map((h, i) => cell(h, { bold: true, width: b.widths[i]!, fill: 'F2F2F2' })),
          }),
          ...b.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { width: b.widths[i]! })) })),
        ]),
      ];
  }
}

/**
 * The document as editable Word: authority and title centred, the number under a rule, the blocks as
 * text and real tables, the seal line right-aligned, and the officer's checks last in small grey type
 * (to be deleted before printing).
 */
export async function renderDocumentDocx(d: CaseDocument): Promise<Buffer> {
  const centred = (text: string, opts: Parameters<typeof run>[1]) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, opts)] });
  const children: (Paragraph | Table)[] = [
    centred(d.authority, { bold: true, size: SIZE.title, font: TITLE, color: 'C00000' }),
    centred(d.title, { bold: true, size: SIZE.title, font: TITLE }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(d.number)],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 } },
      spacing: { after: 240 },
    }),
    ...d.blocks.flatMap(block),
  ];
  if (d.signature)
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 480 },
        children: [run(d.signature.authority)],
      }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('（印章）')] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(d.signature.date)] }),
    );
  if (d.checks.length)
    children.push(
      new Paragraph({
        spacing: { before: 480 },
        children: [run('承办人核对提示（打印前删除）：', { size: SIZE.note, color: '808080', bold: true })],
      }),
      ...d.checks.map((c) => new Paragraph({ children: [run(c, { size: SIZE.note, color: '808080' })] })),
    );
  const doc = new Document({
    title: `${d.title} ${d.number}`,
    creator: d.authority,
    styles: { default: { document: { run: { font: BODY, size: SIZE.body } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
