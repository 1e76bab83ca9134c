import type { AuditEntry } from '@ecocloud/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { AuditTable } from './AuditTable';

const entry: AuditEntry = {
  id: 7,
  at: '2024-06-05T00:30:00.000Z',
  actorId: 'u1',
  actorName: 'admin',
  action: 'user.update',
  entityType: 'user',
  entityId: 'u2',
  before: { isActive: true },
  after: { isActive: false },
  requestId: 'req-7',
  ip: '127.0.0.1',
  hash: 'ab12cd34',
};

describe('AuditTable', () => {
  it('shows Beijing time, actor and action, and expands to before/after and hash', () => {
    renderWithProviders(
      <AuditTable entries={[entry]} total={1} loading={false} page={1} pageSize={20} onPage={() => undefined} />,
      { locale: 'zh-CN' },
    );
    const table = screen.getByTestId('audit-table');
    const row = table.querySelector('tr[data-row-key="7"]');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByTestId('audit-action').textContent).toBe('修改用户');
    expect(
      within(row as HTMLElement)
        .getByTestId('audit-action')
        .getAttribute('data-action'),
    ).toBe('user.update');
    expect(within(row as HTMLElement).getByTestId('audit-actor').textContent).toBe('admin');
    expect(row?.querySelector('time')?.getAttribute('datetime')).toBe(entry.at);
    expect(row?.querySelector('time')?.textContent).toBe('2024-06-05 08:30:00');

    expect(screen.queryByTestId('audit-after-7')).toBeNull();
    fireEvent.click(row!.querySelector('button.ant-table-row-expand-icon')!);
    expect(screen.getByTestId('audit-before-7').textContent).toContain('"isActive": true');
    expect(screen.getByTestId('audit-after-7').textContent).toContain('"isActive": false');
    expect(screen.getByTestId('audit-hash-7').textContent).toContain('ab12cd34');
  });

  it('names actions and entity types in English too, with a dictionary code kept as a code', () => {
    const dictEntry = { ...entry, id: 8, action: 'dictionary.entry.create', entityType: 'dictionary:pollutant' };
    renderWithProviders(
      <AuditTable entries={[dictEntry]} total={1} loading={false} page={1} pageSize={20} onPage={() => undefined} />,
      { locale: 'en' },
    );
    const row = screen.getByTestId('audit-table').querySelector('tr[data-row-key="8"]') as HTMLElement;
    expect(within(row).getByTestId('audit-action').textContent).toBe('Code-table entry created');
    expect(row.textContent).toContain('Code table');
    expect(row.querySelector('code[translate="no"]')?.textContent).toBe('pollutant');
  });
});
