/** A run's fonts in Word: Latin text and digits, and Chinese. */
type RunFonts = { ascii: string; hAnsi: string; eastAsia: string };

/**
 * The fonts of the department's official documents in Word: body in 仿宋, headings in 黑体, the title in 宋体,
 * Latin text and digits in Times New Roman (Word substitutes what a machine lacks).
 */
export const OFFICIAL_FONTS: { body: RunFonts; heading: RunFonts; title: RunFonts } = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' },
  heading: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' },
};
