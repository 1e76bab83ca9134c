import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/**
 * Noto Sans SC (SIL Open Font License 1.1) from @expo-google-fonts/noto-sans-sc, the font the bulletins
 * use: pdfkit embeds only the glyphs a document uses. Registered as `regular` and `bold`.
 */
const CJK_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/**
 * An A4 PDF with the CJK fonts registered (`doc.font('regular' | 'bold')`), and the buffer it becomes once
 * the caller ends it (`doc.end()`).
 */
export function cjkPdf(info: { title: string; compress?: boolean }): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    compress: info.compress ?? true,
    info: { Title: info.title, Producer: 'EcoCloud' },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', CJK_FONTS.regular);
  doc.registerFont('bold', CJK_FONTS.bold);
  doc.font('regular');
  return { doc, done };
}
