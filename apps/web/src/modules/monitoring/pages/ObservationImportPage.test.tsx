import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { ObservationImportPage } from './ObservationImportPage';

afterEach(() => vi.unstubAllGlobals());

const item = (row: number, oldValue: number, newValue: number) => ({
  row,
  station: 'GX-A-450100-1',
  parameter: 'so2',
  periodStart: '2026-11-01T03:00:00.000Z',
  old: { value: oldValue, flag: 'N' },
  new: { value: newValue, flag: null },
});

/** A stand-in for the browser's XMLHttpRequest: records each upload URL and answers like the server. */
function stubUploads(urls: string[]) {
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    withCredentials = false;
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
      urls.push(url);
    }
    setRequestHeader() {}
    send() {
      const q = new URL(this.url, 'http://x').searchParams;
      const replace = q.get('replace') === 'true';
      const dryRun = q.get('dryRun') === 'true';
      this.status = 200;
      this.responseText = JSON.stringify({
        dryRun,
        mode: 'all-or-nothing',
        total: 3,
        valid: 3,
        applied: dryRun ? 0 : 3,
        errors: [],
        differing: { count: 120, replace, items: [item(3, 11, 20), item(4, 12, 30)] },
      });
      setTimeout(() => this.onload?.(), 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

describe('ObservationImportPage', () => {
  it('shows what a dry run would replace, and replaces only when the box is ticked', async () => {
    const urls: string[] = [];
    stubUploads(urls);
    renderWithProviders(<ObservationImportPage />, { locale: 'zh-CN' });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['station,time,so2\n'], 'obs.csv', { type: 'text/csv' })] } });

    await waitFor(() => expect(screen.getByTestId('import-dry-run').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('import-dry-run'));
    await waitFor(() =>
      expect(screen.getByTestId('import-differing').textContent).toContain('120 个已有数值与文件不同：将保留已有数值'),
    );
    expect(urls.at(-1)).toContain('replace=false');
    expect(screen.getByTestId('import-differing-items').textContent).toContain('11 (N)');

    // Ticking replace asks for a fresh dry run, which now says what it will replace.
    fireEvent.click(screen.getByTestId('import-replace'));
    await waitFor(() => expect(screen.queryByTestId('import-differing')).toBeNull());
    fireEvent.click(screen.getByTestId('import-dry-run'));
    await waitFor(() => expect(screen.getByTestId('import-differing').textContent).toContain('将替换 120 个已有数值'));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(screen.getByTestId('import-differing').textContent).toContain('已替换 120 个已有数值'));
    expect(urls.at(-1)).toContain('replace=true');
    expect(urls.at(-1)).toContain('dryRun=false');
  });
});
