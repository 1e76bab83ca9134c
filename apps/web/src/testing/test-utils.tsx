import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import type { Locale } from '../i18n/locale';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../lib/query-client';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// findBy… waits 1 s by default; a loaded machine (CI runs the suites in parallel) needs longer to settle a
// query, a mutation and a navigation. A real failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });

/**
 * Renders under the real providers with an isolated query cache, at `path` in a memory router.
 * Without `locale` the providers pick the stored locale, as the app does on start.
 */
export function renderWithProviders(ui: ReactNode, opts: { locale?: Locale; path?: string } = {}): RenderResult {
  const i18n = opts.locale ? createI18n(opts.locale) : undefined;
  const client = createQueryClient();
  return render(
    <MemoryRouter initialEntries={[opts.path ?? '/']}>
      <AppProviders i18n={i18n} queryClient={client}>
        {ui}
      </AppProviders>
    </MemoryRouter>,
  );
}
