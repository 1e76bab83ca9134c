import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { SECTION_HEADINGS, type BulletinCityRow, type BulletinData } from './bulletin-data';
import { fitProjection, type Region } from './map-geometry';
import { mapLegend, UNRANKED_COLOUR } from './map-legend';

const require = createRequire(import.meta.url);
// Noto Sans SC (SIL Open Font License 1.1), from @expo-google-fonts/noto-sans-sc: pdfkit embeds a subset.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

/** Columns of the city table (widths in points, 485 in all); headers may wrap onto two lines. */
const COLS: { title: string; width: number; cell: (r: BulletinCityRow) => string }[] = [
  { title: '城市', width: 50, cell: (r) => r.name },
  { title: 'SO2\n(μg/m³)', width: 34, cell: (r) => fmt(r.so2, 0) },
  { title: 'NO2\n(μg/m³)', width: 34, cell: (r) => fmt(r.no2, 0) },
  { title: 'PM10\n(μg/m³)', width: 36, cell: (r) => fmt(r.pm10, 0) },
  { title: 'PM2.5\n(μg/m³)', width: 38, cell: (r) => fmt(r.pm2_5, 0) },
  { title: 'CO\n(mg/m³)', width: 34, cell: (r) => fmt(r.co, 1) },
  { title: 'O3\n(μg/m³)', width: 34, cell: (r) => fmt(r.o3, 0) },
  { title: '优良天数\n比例(%)', width: 48, cell: (r) => fmt(r.goodDayRatio, 1) },
  { title: '综合\n指数', width: 42, cell: (r) => fmt(r.compositeIndex, 2) },
  { title: '排名', width: 30, cell: (r) => (r.rank === null ? '—' : String(r.rank)) },
  { title: '主要\n污染物', width: 60, cell: (r) => r.mainPollutant },
  { title: '综合指数\n同比(%)', width: 45, cell: (r) => fmt(r.compositeChangePct, 1) },
];
const fmt = (v: number | null, decimals: number) => (v === null ? '—' : v.toFixed(decimals));

function heading(doc: PDFKit.PDFDocument, text: string, y?: number): void {
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('#000')
    .text(text, 50, y ?? doc.y + 6, { width: 495 });
  doc.moveDown(0.3);
}

/** Chinese paragraphs open with two full-width spaces (U+3000), as printed bulletins do. */
function paragraphs(doc: PDFKit.PDFDocument, list: readonly string[]): void {
  doc.font('regular').fontSize(10.5).fillColor('#000');
  for (const p of list) doc.text(`\u3000\u3000${p}`, 50, doc.y, { width: 495, paragraphGap: 4, lineGap: 2 });
}

/** The full six-pollutant city table; the bulletin's own city shaded. Returns the y below it. */
function table(doc: PDFKit.PDFDocument, d: BulletinData, top: number): number {
  let y = top;
  const row = (cells: string[], bold: boolean, height: number, fill?: string) => {
    if (fill)
      doc
        .rect(55, y - 2, 485, height)
        .fillColor(fill)
        .fill();
    let x = 55;
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(7.5)
      .fillColor('#000');
    cells.forEach((c, i) => {
      doc.text(c, x + 1, y, { width: COLS[i]!.width - 2, align: 'center', lineGap: 0 });
      x += COLS[i]!.width;
    });
    y += height;
  };
  row(
    COLS.map((c) => c.title),
    true,
    24,
    '#dde6f0',
  );
  for (const r of d.cityTable)
    row(
      COLS.map((c) => c.cell(r)),
      r.regionCode === d.highlight,
      14,
      r.regionCode === d.highlight ? '#fff3c4' : undefined,
    );
  return y + 6;
}

/** Horizontal bars of the composite index, best (smallest) first, drawn as vector rectangles. */
function chart(doc: PDFKit.PDFDocument, d: BulletinData, top: number): number {
  const max = Math.max(1, ...d.bars.map((b) => b.value));
  let y = top;
  for (const b of d.bars) {
    const w = (b.value / max) * 330;
    doc.font('regular').fontSize(8).fillColor('#000').text(b.name, 50, y, { width: 60, lineBreak: false });
    doc
      .rect(115, y, w, 10)
      .fillColor(b.regionCode === d.highlight ? '#d9822b' : '#3b6ea5')
      .fill();
    doc.fillColor('#000').text(b.value.toFixed(2), 120 + w, y, { lineBreak: false });
    y += 13;
  }
  return y + 10;
}

/** Where the province map is drawn (points, on page `MAP_PAGE`): the render test checks its pixels there. */
export const MAP_PAGE = 3;
export const MAP_BOX = { x: 90, y: 110, w: 400, h: 340 } as const;

/**
 * The province map: each city filled with the colour of its rank band (legend below), the bulletin's
 * city outlined thicker, names in dark text on the light fills.
 */
function map(doc: PDFKit.PDFDocument, d: BulletinData, regions: readonly Region[]): void {
  if (regions.length === 0) return;
  heading(doc, SECTION_HEADINGS.map, 50);
  paragraphs(doc, ['图中各市按综合指数排名分为五档着色（绿色最好，红色最差），灰色为本月数据不足、未参与排名的城市。']);
  const project = fitProjection(regions, MAP_BOX);
  const legend = mapLegend(d.bars.map((b) => ({ regionCode: b.regionCode, rank: b.rank })));
  for (const r of regions) {
    const fill = legend.colours.get(r.id) ?? UNRANKED_COLOUR;
    for (const poly of r.polygons) {
      for (const ring of poly) {
        ring.forEach((pt, i) => {
          const [x, y] = project(pt);
          if (i === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.closePath();
      }
      // pdfkit takes hex colours (an "rgb(…)" string leaves the fill unset: black).
      doc
        .lineWidth(r.id === d.highlight ? 1.5 : 0.5)
        .fillColor(fill)
        .strokeColor(r.id === d.highlight ? '#1f3b57' : '#ffffff')
        .fillAndStroke();
    }
  }
  for (const r of regions) {
    if (!r.centre) continue;
    const [x, y] = project(r.centre);
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#222222')
      .text(r.name, x - 20, y - 4, { width: 40, align: 'center', lineBreak: false });
  }
  let x = MAP_BOX.x;
  const y = MAP_BOX.y + MAP_BOX.h + 12;
  doc.font('regular').fontSize(8);
  for (const e of legend.entries) {
    doc.rect(x, y, 14, 9).fillColor(e.colour).fill();
    doc.fillColor('#222222').text(e.label, x + 17, y, { lineBreak: false });
    x += 22 + doc.widthOfString(e.label) + 10;
  }
}

/**
 * Renders the monthly bulletin (月报): page 1 the title, 一 overview and 二 the pollutant paragraphs;
 * page 2 三 the city table and 四 the best and worst three with the ranking chart; page 3 五 the map
 * with its legend. Each page states the standards used.
 */
export function renderBulletinPdf(
  d: BulletinData,
  regions: readonly Region[],
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: opts.compress ?? true,
    info: { Title: d.title, Producer: 'EcoCloud' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const footer = () => doc.font('regular').fontSize(7).fillColor('#444').text(d.standards, 50, 765, { width: 495 });
  doc.font('bold').fontSize(18).fillColor('#000').text(d.title, 50, 50, { width: 495, align: 'center' });
  doc.moveDown(1);
  heading(doc, SECTION_HEADINGS.overview);
  paragraphs(doc, d.summary);
  heading(doc, SECTION_HEADINGS.pollutants);
  paragraphs(
    doc,
    d.pollutantParagraphs.map((p) => p.text),
  );
  footer();
  doc.addPage();
  heading(doc, SECTION_HEADINGS.table, 50);
  const below = table(doc, d, doc.y + 4);
  heading(doc, SECTION_HEADINGS.ranking, below + 8);
  paragraphs(doc, [d.rankingText]);
  chart(doc, d, doc.y + 6);
  footer();
  doc.addPage();
  map(doc, d, regions);
  footer();
  doc.end();
  return done;
}
