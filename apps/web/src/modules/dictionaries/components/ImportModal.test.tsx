import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { ImportModal } from './ImportModal';

afterEach(() => vi.unstubAllGlobals());

function report(dryRun: boolean, applied: number) {
  return {
    dryRun,
    mode: 'valid-rows',
    total: 3,
    valid: 2,
    applied,
    errors: [{ row: 3, field: 'code', code: 'DUPLICATE', message: 'code a21026 already exists' }],
  };
}

describe('ImportModal', () => {
  it('runs a dry run first, shows row errors, then applies with the chosen mode', async () => {
    const fetchMock = vi.fn(async (url: string, _init: RequestInit) => {
      const dryRun = new URL(url, 'http://x').searchParams.get('dryRun') === 'true';
      return new Response(JSON.stringify(report(dryRun, dryRun ? 0 : 2)), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    const onApplied = vi.fn();
    renderWithProviders(
      <ImportModal dictCode="pollutant" dictName="污染物" open onClose={() => undefined} onApplied={onApplied} />,
      { locale: 'en' },
    );

    const apply = screen.getByTestId('import-apply');
    expect(apply.hasAttribute('disabled')).toBe(true);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['code,label\na21026,二氧化硫\n'], 'pollutants.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByText('Apply valid rows, report the rest'));

    await waitFor(() => expect(screen.getByTestId('import-dry-run').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('import-dry-run'));
    await waitFor(() =>
      expect(screen.getByTestId('import-summary').textContent).toContain('3 rows, 2 valid, 0 written'),
    );
    expect(screen.getByTestId('import-errors').textContent).toContain('Appears twice in the file');
    expect(onApplied).not.toHaveBeenCalled();

    const [dryUrl, dryInit] = fetchMock.mock.calls[0]!;
    expect(dryUrl).toBe('/api/v1/dictionaries/pollutant/import?dryRun=true&mode=valid-rows');
    expect(dryInit.body).toBeInstanceOf(FormData);
    expect((dryInit.body as FormData).get('file')).toBeInstanceOf(File);

    await waitFor(() => expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(onApplied).toHaveBeenCalledWith(2));
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/v1/dictionaries/pollutant/import?dryRun=false&mode=valid-rows');
  });
});
