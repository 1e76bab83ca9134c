import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
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
import { SECTION_HEADINGS, type BulletinData } from './bulletin-data';
import { CITY_TABLE_COLUMNS } from './bulletin-xlsx';
import { mapLegend, UNRANKED_COLOUR } from './map-legend';
import type { Region } from './map-geometry';
import { mapPng } from './map-raster';

const { body: FONT, heading: HEADING_FONT } = OFFICIAL_FONTS;

const text = (t: string, bold = false, size = 24) => new TextRun({ text: t, bold, size, font: FONT });
const body = (t: string) => new Paragraph({ children: [text(t)], indent: { firstLine: 480 }, spacing: { line: 360 } });
const heading = (t: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [new TextRun({ text: t, bold: true, size: 28, font: HEADING_FONT })],
    spacing: { before: 240, after: 120 },
  });

function cell(t: string, opts: { bold?: boolean; fill?: string; width?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(t, opts.bold, 18)] })],
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill.replace('#', '') } } : {}),
    ...(opts.width ? { width: { size: opts.width, type: WidthType.DXA } } : {}),
  });
}

/** 三: the full city table, as editable Word table cells. */
function cityTable(d: BulletinData): Table {
  const show = (v: string | number | null, numFmt?: string) =>
    v === null ? '—' : typeof v === 'number' && numFmt ? v.toFixed(numFmt.split('.')[1]?.length ?? 0) : String(v);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: CITY_TABLE_COLUMNS.map((c) => cell(c.header, { bold: true, fill: '#dde6f0' })),
      }),
      ...d.cityTable.map(
        (r) =>
          new TableRow({
            children: CITY_TABLE_COLUMNS.map((c) =>
              cell(show(c.value(r), c.numFmt), r.regionCode === d.highlight ? { bold: true, fill: '#fff3c4' } : {}),
            ),
          }),
      ),
    ],
  });
}

/** 五: the map picture and a legend table: colour, ranks, and the cities of that colour. */
function mapSection(d: BulletinData, regions: readonly Region[]): (Paragraph | Table)[] {
  const legend = mapLegend(d.bars.map((b) => ({ regionCode: b.regionCode, rank: b.rank })));
  const names = new Map(d.cityTable.map((c) => [c.regionCode, c.name]));
  const unranked = d.cityTable.filter((c) => c.rank === null).map((c) => c.regionCode);
  const out: (Paragraph | Table)[] = [heading(SECTION_HEADINGS.map)];
  if (regions.length > 0) {
    const png = mapPng(regions, (code) => legend.colours.get(code) ?? UNRANKED_COLOUR);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: 500, height: 400 },
            altText: { title: '示意图', description: SECTION_HEADINGS.map, name: 'map' },
          }),
        ],
      }),
    );
  }
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            cell('图例', { bold: true, width: 900 }),
            cell('排名', { bold: true, width: 1500 }),
            cell('城市', { bold: true }),
          ],
        }),
        ...legend.entries.map(
          (e) =>
            new TableRow({
              children: [
                cell('', { fill: e.colour, width: 900 }),
                cell(e.label, { width: 1500 }),
                cell((e.label === '未排名' ? unranked : e.regionCodes).map((c) => names.get(c) ?? c).join('、') || '—'),
              ],
            }),
        ),
      ],
    }),
  );
  return out;
}

/**
 * The monthly bulletin as an editable Word document, with the PDF's structure: title, 一 overview,
 * 二 pollutant paragraphs, 三 city table, 四 best and worst three, 五 map and legend, standards.
 * The office edits it before release, so text stays text and tables stay tables.
 */
export async function renderBulletinDocx(d: BulletinData, regions: readonly Region[]): Promise<Buffer> {
  const doc = new Document({
    title: d.title,
    creator: 'EcoCloud',
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: d.title, bold: true, size: 36, font: HEADING_FONT })],
            spacing: { after: 240 },
          }),
          heading(SECTION_HEADINGS.overview),
          ...d.summary.map(body),
          heading(SECTION_HEADINGS.pollutants),
          ...d.pollutantParagraphs.map((p) => body(p.text)),
          heading(SECTION_HEADINGS.table),
          cityTable(d),
          heading(SECTION_HEADINGS.ranking),
          body(d.rankingText),
          ...mapSection(d, regions),
          new Paragraph({ children: [text(d.standards, false, 18)], spacing: { before: 240 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
