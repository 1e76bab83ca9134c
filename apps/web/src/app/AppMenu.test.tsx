import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppMenu } from './AppMenu';
import { renderWithProviders } from '../testing/test-utils';

describe('AppMenu', () => {
  it('hides entries the user lacks permission for', () => {
    renderWithProviders(<AppMenu permissions={['orgs:read', 'audit:read']} />, { path: '/app' });
    expect(screen.getByTestId('menu-orgs').textContent).toBe('组织机构');
    expect(screen.getByTestId('menu-audit').textContent).toBe('审计日志');
    expect(screen.queryByTestId('menu-users')).toBeNull();
    expect(screen.queryByTestId('menu-dictionaries')).toBeNull();
  });

  it('shows the users entry once users:read is granted, labelled in English', () => {
    renderWithProviders(<AppMenu permissions={['users:read']} />, { path: '/app', locale: 'en' });
    expect(screen.getByTestId('menu-users').textContent).toBe('Users');
    expect(screen.queryByTestId('menu-orgs')).toBeNull();
  });

  it('shows the assessment group with assessment:read and hides it without', () => {
    renderWithProviders(<AppMenu permissions={['assessment:read']} />, { path: '/app' });
    expect(screen.getByTestId('menu-assessment').textContent).toContain('评价');
    expect(screen.queryByTestId('menu-platform')).toBeNull();
  });

  it('has no assessment entry for a user without assessment:read', () => {
    renderWithProviders(<AppMenu permissions={[]} />, { path: '/app' });
    expect(screen.queryByTestId('menu-assessment')).toBeNull();
  });
});

describe('AppMenu on an inner page', () => {
  it('opens the group of the current page, also on a detail page below it', () => {
    renderWithProviders(<AppMenu permissions={['workplan:read', 'orgs:read']} />, { path: '/app/workplan/items/abc' });
    expect(screen.getByTestId('menu-workplanBoard').closest('li')?.className).toContain('ant-menu-item-selected');
    expect(screen.queryByTestId('menu-orgs')).toBeNull();
  });
});
