import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { StationImportModal } from './StationImportModal';

describe('StationImportModal', () => {
  it('documents the typed attribute columns and offers the template to download', () => {
    renderWithProviders(<StationImportModal open onClose={() => undefined} onApplied={() => undefined} />, {
      locale: 'zh-CN',
    });
    const template = screen.getByTestId('station-import-template');
    expect(template.getAttribute('href')).toBe('/api/v1/stations/import-template');
    expect(template.hasAttribute('download')).toBe(true);
    expect(template.textContent).toContain('下载导入模板');
    expect(document.body.textContent).toContain('isEvaluation');
  });
});
