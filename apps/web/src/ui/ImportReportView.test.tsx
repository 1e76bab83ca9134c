import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/test-utils';
import { ImportReportView } from './ImportReportView';

const report = {
  dryRun: true,
  mode: 'valid-rows' as const,
  total: 3,
  valid: 1,
  applied: 0,
  errors: [
    {
      row: 2,
      field: 'region_code',
      code: 'UNKNOWN_REGION',
      message: 'unknown region "柳洲": not a 6-digit code nor a name in the region dictionary',
    },
    { row: 3, field: 'time', code: 'BAD_TIME', message: 'time must be ISO 8601 with an offset, got "yesterday"' },
  ],
};

describe('ImportReportView', () => {
  it("words each row error by its code in Chinese, not the server's English message", () => {
    renderWithProviders(<ImportReportView report={report} />, { locale: 'zh-CN' });
    const texts = screen.getAllByTestId('import-error-text').map((e) => e.textContent);
    expect(texts).toEqual([
      '未知的行政区划（既不是 6 位代码，也不是行政区划字典中的名称）',
      '时间格式错误（应为带时区的 ISO 8601 或北京时间，如 2026-03-01 10:00）',
    ]);
    expect(screen.getByTestId('import-errors').textContent).not.toContain('unknown region');
  });

  it('in English too', () => {
    renderWithProviders(<ImportReportView report={report} />, { locale: 'en' });
    expect(screen.getAllByTestId('import-error-text')[0]!.textContent).toBe(
      'Unknown region (neither a 6-digit code nor a name of the region dictionary)',
    );
  });

  it("keeps the server's message for a code the catalogue does not know", () => {
    renderWithProviders(
      <ImportReportView
        report={{
          ...report,
          errors: [{ row: 4, field: null, code: 'SOMETHING_NEW', message: 'a new kind of problem' }],
        }}
      />,
      { locale: 'zh-CN' },
    );
    expect(screen.getByTestId('import-error-text').textContent).toBe('a new kind of problem');
  });
});
