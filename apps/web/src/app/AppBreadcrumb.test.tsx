import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppBreadcrumb } from './AppBreadcrumb';
import { renderWithProviders } from '../testing/test-utils';

describe('AppBreadcrumb', () => {
  it('reads 首页 › group › page › 详情 on a detail page, with links back', () => {
    renderWithProviders(<AppBreadcrumb permissions={['workplan:read']} />, {
      path: '/app/workplan/items/abc',
      locale: 'zh-CN',
    });
    const crumb = screen.getByTestId('breadcrumb');
    expect(crumb.textContent).toBe('首页/工作要点/看板/详情');
    expect([...crumb.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/app', '/app/workplan']);
  });

  it('names the page itself without a link, in English too', () => {
    renderWithProviders(<AppBreadcrumb permissions={['alerts:read']} />, {
      path: '/app/monitoring/alerts',
      locale: 'en',
    });
    expect(screen.getByTestId('breadcrumb').textContent).toBe('Home/Monitoring/Alerts');
  });

  it('shows nothing on the home page', () => {
    renderWithProviders(<AppBreadcrumb permissions={[]} />, { path: '/app' });
    expect(screen.queryByTestId('breadcrumb')).toBeNull();
  });
});
