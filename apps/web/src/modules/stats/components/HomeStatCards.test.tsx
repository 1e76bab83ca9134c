import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { HomeStatCards } from './HomeStatCards';

describe('HomeStatCards', () => {
  it('renders one card per count with a stat-<key> hook and the value', () => {
    const stats = { orgs: 31, users: 7, dictionaries: 6, dictionaryEntries: 480, auditEntries: 95, loginsToday: 2 };
    renderWithProviders(<HomeStatCards stats={stats} loading={false} />);
    expect(screen.getByTestId('stat-orgs').textContent).toContain('组织机构数');
    expect(screen.getByTestId('stat-orgs').textContent).toContain('31');
    expect(screen.getByTestId('stat-dictionaryEntries').textContent).toContain('480');
    expect(screen.getByTestId('stat-loginsToday').textContent).toContain('2');
  });
});
