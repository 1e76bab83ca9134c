import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { BulletinData } from './bulletin-data';
import { fitProjection, type Region } from './map-geometry';
import { mapLegend, UNRANKED_COLOUR } from './map-legend';

const require = createRequire(import.meta.url);
// Noto Sans SC (SIL Open Font License 1.1), from @expo-google-fonts/noto-sans-sc: pdfkit embeds a subset.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const COLS: { key: keyof BulletinData['rows'][number]; title: string; width: number }[] = [
  { key: 'rank', title: '排名', width: 40 }, { key: 'name', title: '城市', width: 70 }, { key: 'compositeIndex', title: '综合指数', width: 65 },
  { key: 'pm2_5', title: 'PM2.5(μg/m³)', width: 80 }, { key: 'goodDayRatio', title: '优良天数比例(%)', width: 90 },
  { key: 'mainPollutant', title: '主要污染物', width: 75 }, { key: 'change', title: '综合指数同比', width: 75 },
];

function table(doc: PDFKit.PDFDocument, d: BulletinData, top: number): void {
  let y = top;
  const row = (cells: string[], bold: boolean, fill?: string) => {
    if (fill) doc.rect(50, y - 2, 495, 16).fill(fill);
    let x = 50;
    doc.font(bold ? 'bold' : 'regular').fontSize(9).fillColor('#000');
    cells.forEach((c, i) => { doc.text(c, x + 2, y, { width: COLS[i]!.width - 4, lineBreak: false }); x += COLS[i]!.width; });
    y += 16;
  };
  row(COLS.map((c) => c.title), true, '#dde6f0');
  for (const r of d.rows) row(COLS.map((c) => r[c.key]), r.regionCode === d.highlight, r.regionCode === d.highlight ? '#fff3c4' : undefined);
}

/** Horizontal bars of the composite index, best (smallest) first, drawn as vector rectangles. */
function chart(doc: PDFKit.PDFDocument, d: BulletinData, top: number): number {
  doc.font('bold').fontSize(12).fillColor('#000').text('综合指数排名', 50, top);
  const max = Math.max(1, ...d.bars.map((b) => b.value));
  let y = top + 22;
  for (const b of d.bars) {
    const w = (b.value / max) * 330;
    doc.font('regular').fontSize(8).fillColor('#000').text(b.name, 50, y, { width: 60, lineBreak: false });
    doc.rect(115, y, w, 10).fill(b.regionCode === d.highlight ? '#d9822b' : '#3b6ea5');
    doc.fillColor('#000').text(b.value.toFixed(2), 120 + w, y, { lineBreak: false });
    y += 14;
  }
  return y + 10;
}

/** Where the province map is drawn (points, on page `MAP_PAGE`): the render test checks its pixels there. */
export const MAP_PAGE = 2;
export const MAP_BOX = { x: 90, y: 330, w: 400, h: 300 } as const;

/**
 * The province map: each city filled with the colour of its rank band (legend below), the bulletin's
 * city outlined thicker, names in dark text on the light fills.
 */
function map(doc: PDFKit.PDFDocument, d: BulletinData, regions: readonly Region[]): void {
  if (regions.length === 0) return;
  doc.font('bold').fontSize(12).fillColor('#000').text('各市综合指数排名示意图', 50, MAP_BOX.y - 24);
  const project = fitProjection(regions, MAP_BOX);
  const legend = mapLegend(d.bars.map((b) => ({ regionCode: b.regionCode, rank: b.rank })));
  for (const r of regions) {
    const fill = legend.colours.get(r.id) ?? UNRANKED_COLOUR;
    for (const poly of r.polygons) {
      for (const ring of poly) {
        ring.forEach((pt, i) => { const [x, y] = project(pt); if (i === 0) doc.moveTo(x, y); else doc.lineTo(x, y); });
        doc.closePath();
      }
      // pdfkit takes hex colours (an "rgb(…)" string leaves the fill unset: black).
      doc.lineWidth(r.id === d.highlight ? 1.5 : 0.5).fillColor(fill).strokeColor(r.id === d.highlight ? '#1f3b57' : '#ffffff').fillAndStroke();
    }
  }
  for (const r of regions) {
    if (!r.centre) continue;
    const [x, y] = project(r.centre);
    doc.font('regular').fontSize(7).fillColor('#222222').text(r.name, x - 20, y - 4, { width: 40, align: 'center', lineBreak: false });
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

/** Renders the monthly bulletin: page 1 summary and table, page 2 chart and map, the standards on each page. */
export function renderBulletinPdf(d: BulletinData, regions: readonly Region[], opts: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, compress: opts.compress ?? true, info: { Title: d.title, Producer: 'EcoCloud' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const footer = () => doc.font('regular').fontSize(7).fillColor('#444').text(d.standards, 50, 765, { width: 495 });
  doc.font('bold').fontSize(18).text(d.title, 50, 50, { width: 495, align: 'center' });
  doc.font('regular').fontSize(10.5).moveDown(1);
  for (const p of d.summary) doc.text(p, { width: 495, paragraphGap: 6 });
  table(doc, d, doc.y + 12);
  footer();
  doc.addPage();
  chart(doc, d, 50);
  map(doc, d, regions);
  footer();
  doc.end();
  return done;
}
