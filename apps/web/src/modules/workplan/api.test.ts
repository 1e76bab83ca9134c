import { describe, expect, it } from 'vitest';
import { assessmentPdfUrl, assessmentXlsxUrl } from './api';

describe('assessment download links', () => {
  it('point at the same route with the PDF or XLSX format, the plan id encoded', () => {
    expect(assessmentPdfUrl('a/b')).toMatch(/\/api\/v1\/workplan\/plans\/a%2Fb\/assessment\?format=pdf$/);
    expect(assessmentXlsxUrl('p1')).toMatch(/\/plans\/p1\/assessment\?format=xlsx$/);
  });
});
