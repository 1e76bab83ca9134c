import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A fontconfig file that adds Noto Sans SC (installed for the PDF bulletins) to the system's fonts,
 * for a machine without Chinese fonts: without it Chromium draws every Chinese character as a box,
 * in the DOM and in the charts' canvas alike, and the tour screenshots are unreadable. Returns the
 * environment for the browser (unchanged when the font package is absent).
 */
export async function cjkFontEnv(repoRoot: string, workDir: string): Promise<Record<string, string>> {
  const fontDir = path.join(repoRoot, 'node_modules/@expo-google-fonts/noto-sans-sc');
  if (!existsSync(fontDir)) return {};
  const conf = path.join(workDir, 'fonts.conf');
  await writeFile(
    conf,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${path.join(fontDir, '400Regular')}</dir>`,
      `  <dir>${path.join(fontDir, '700Bold')}</dir>`,
      `  <cachedir>${path.join(workDir, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { FONTCONFIG_FILE: conf };
}
