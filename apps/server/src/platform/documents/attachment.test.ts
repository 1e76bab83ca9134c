import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    const h = attachmentDisposition('环罚〔2026〕12号-decision.docx');
    expect(h).toBe(
      `attachment; filename="2026_12-decision.docx"; filename*=UTF-8''${encodeURIComponent('环罚〔2026〕12号')}-decision.docx`,
    );
    expect(decodeURIComponent(h.split("UTF-8''")[1]!)).toBe('环罚〔2026〕12号-decision.docx');
  });

  it('lets no quote, semicolon or line break of the name into the header', () => {
    const h = attachmentDisposition('a"b;\r\nSet-Cookie: x=1\'(*).pdf');
    expect(h).not.toMatch(/[\r\n]/);
    const [, fallback] = /filename="([^"]*)"/.exec(h)!;
    expect(fallback).toMatch(/^[A-Za-z0-9._-]+$/);
    const star = h.split("filename*=UTF-8''")[1]!;
    expect(star).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(star)).toBe('a"b;\r\nSet-Cookie: x=1\'(*).pdf');
  });

  it('falls back to a neutral name when nothing ASCII is left', () => {
    expect(attachmentDisposition('决定书')).toMatch(/^attachment; filename="download";/);
    expect(attachmentDisposition('决定书.pdf')).toMatch(/^attachment; filename="download.pdf";/);
  });
});
