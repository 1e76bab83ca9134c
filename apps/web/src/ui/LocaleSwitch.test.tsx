import { fireEvent, screen } from '@testing-library/react';
import { Empty } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { useTranslation } from 'react-i18next';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';
import { LocaleSwitch } from './LocaleSwitch';
import { renderWithProviders } from '../testing/test-utils';

function Probe() {
  const { t } = useTranslation();
  return <h1 data-testid="probe">{t('menu.audit')}</h1>;
}

afterEach(() => localStorage.clear());

describe('LocaleSwitch', () => {
  it('flips visible text between Chinese and English and persists the choice', () => {
    renderWithProviders(
      <>
        <LocaleSwitch />
        <Probe />
      </>,
    );
    const button = screen.getByTestId('locale-switch');
    expect(screen.getByTestId('probe').textContent).toBe('审计日志');
    expect(button.textContent).toContain('English');

    fireEvent.click(button);
    expect(screen.getByTestId('probe').textContent).toBe('Audit log');
    expect(button.textContent).toContain('中文');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(button);
    expect(screen.getByTestId('probe').textContent).toBe('审计日志');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('switches antd component texts too (ConfigProvider locale)', () => {
    renderWithProviders(
      <>
        <LocaleSwitch />
        <Empty />
      </>,
    );
    expect(document.body.textContent).toContain('暂无数据');
    fireEvent.click(screen.getByTestId('locale-switch'));
    expect(document.body.textContent).toContain('No data');
  });

  it('starts in the locale stored by an earlier visit', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderWithProviders(<Probe />);
    expect(screen.getByTestId('probe').textContent).toBe('Audit log');
  });
});
