import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { AssessmentWeights } from '@ecocloud/contracts';

const require = createRequire(import.meta.url);
// Noto Sans SC (SIL OFL 1.1): pdfkit embeds only the glyphs used. The bulletin's font paths are not exported.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

type AssessmentPdfRow = {
  unitName: string;
  items: number;
  completion: number;
  timeliness: number;
  attainment: number;
  score: number;
};
export type AssessmentPdfData = {
  plan: { title: string; year: number };
  /** Shanghai calendar date the scores were computed (YYYY-MM-DD). */
  today: string;
  weights: AssessmentWeights;
  /** Already ranked, best first. */
  items: AssessmentPdfRow[];
};

const COLS = [
  { title: '排名', width: 40 },
  { title: '单位', width: 175 },
  { title: '牵头事项', width: 55 },
  { title: '完成度(%)', width: 60 },
  { title: '及时性(%)', width: 60 },
  { title: '指标达成(%)', width: 65 },
  { title: '得分', width: 40 },
] as const;

const fmt = (n: number) => n.toFixed(1);

/** Competition ranks with ties sharing a place (1, 2, 2, 4), rows being sorted by score already. */
export function ranks(rows: readonly { score: number }[]): number[] {
  return rows.map((r) => rows.findIndex((x) => x.score === r.score) + 1);
}

/** Renders the year-end assessment summary: title, weights, the ranked table of units and the method. */
export function renderAssessmentPdf(d: AssessmentPdfData, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const title = `${d.plan.title}（${d.plan.year}年）年度考核汇总`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: opts.compress ?? true,
    info: { Title: title, Producer: 'EcoCloud' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  doc.font('bold').fontSize(16).text(title, 50, 50, { width: 495, align: 'center' });
  doc.font('regular').fontSize(10.5).moveDown(0.8);
  const w = d.weights;
  doc.text(`计算日期：${d.today}    权重：完成度 ${w.completion}，及时性 ${w.timeliness}，指标达成 ${w.attainment}`, {
    width: 495,
  });
  let y = doc.y + 12;
  const row = (cells: string[], bold: boolean, fill?: string) => {
    if (y > 760) {
      doc.addPage();
      y = 50;
    }
    if (fill) doc.rect(50, y - 2, 495, 16).fill(fill);
    let x = 50;
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(9)
      .fillColor('#000');
    cells.forEach((c, i) => {
      doc.text(c, x + 2, y, { width: COLS[i]!.width - 4, lineBreak: false, ellipsis: true });
      x += COLS[i]!.width;
    });
    y += 16;
  };
  row(
    COLS.map((c) => c.title),
    true,
    '#dde6f0',
  );
  const places = ranks(d.items);
  d.items.forEach((r, i) =>
    row(
      [
        String(places[i]),
        r.unitName,
        String(r.items),
        fmt(r.completion),
        fmt(r.timeliness),
        fmt(r.attainment),
        fmt(r.score),
      ],
      false,
      i % 2 ? '#f5f7fa' : undefined,
    ),
  );
  if (d.items.length === 0) row(['', '暂无牵头单位', '', '', '', '', ''], false);
  doc
    .font('bold')
    .fontSize(11)
    .text('计分方法', 50, y + 14);
  doc
    .font('regular')
    .fontSize(9)
    .moveDown(0.4)
    .text(
      [
        '完成度：单位牵头任务最近一次报送的完成百分比的平均值，已办结事项按100计。',
        '及时性：已过报送截止日的轮次中按时报送的份数占应报送份数的比例。',
        '指标达成：已可判断的指标中已达标的比例。',
        '总分为三项按权重的加权平均；某项无可评内容时不计入，其余权重按比例放大。采用精确有理数运算，结果保留一位小数，末位按“四舍六入五成双”修约（GB/T 8170）。',
      ].join('\n'),
      { width: 495, paragraphGap: 3 },
    );
  doc.end();
  return done;
}
