import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { BulletinData } from './bulletin-data';
import { fitProjection, type Region } from './map-geometry';

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

/** The province map: each city outline filled by its composite-index rank (light = better). */
function map(doc: PDFKit.PDFDocument, d: BulletinData, regions: readonly Region[], top: number): void {
  if (regions.length === 0) return;
  doc.font('bold').fontSize(12).fillColor('#000').text('各市综合指数排名示意图', 50, top);
  const project = fitProjection(regions, { x: 90, y: top + 20, w: 400, h: 300 });
  const order = new Map(d.bars.map((b, i) => [b.regionCode, i / Math.max(1, d.bars.length - 1)]));
  for (const r of regions) {
    const t = order.get(r.id);
    const colour = t === undefined ? '#cccccc' : `rgb(${Math.round(200 - 140 * t)}, ${Math.round(225 - 120 * t)}, ${Math.round(240 - 60 * t)})`;
    for (const poly of r.polygons) {
      for (const ring of poly) {
        ring.forEach((pt, i) => { const [x, y] = project(pt); if (i === 0) doc.moveTo(x, y); else doc.lineTo(x, y); });
        doc.closePath();
      }
      doc.lineWidth(0.5).fillAndStroke(r.id === d.highlight ? '#d9822b' : colour, '#555');
    }
    if (r.centre) { const [x, y] = project(r.centre); doc.font('regular').fontSize(7).fillColor('#000').text(r.name, x - 15, y - 4, { width: 30, align: 'center', lineBreak: false }); }
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
  const y = chart(doc, d, 50);
  map(doc, d, regions, Math.max(y, 300));
  footer();
  doc.end();
  return done;
}
