import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { FactorMapEditor } from './FactorMapEditor';

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('FactorMapEditor', () => {
  it('turns rows into the factor-map JSON the API stores', () => {
    const onChange = vi.fn();
    renderWithProviders(<FactorMapEditor value={{ a21026: { parameter: 'so2', scale: 1 } }} onChange={onChange} />, {
      locale: 'en',
    });
    expect(screen.getByTestId('factor-code-0')).toHaveProperty('value', 'a21026');

    fireEvent.click(screen.getByTestId('factor-add'));
    type('factor-code-1', 'a34004');
    type('factor-parameter-1', 'pm2_5');
    type('factor-scale-1', '1000');

    expect(onChange).toHaveBeenLastCalledWith(
      { a21026: { parameter: 'so2', scale: 1 }, a34004: { parameter: 'pm2_5', scale: 1000 } },
      false,
    );
    expect(JSON.parse(screen.getByTestId('factor-map-json').textContent ?? '')).toEqual({
      a21026: { parameter: 'so2', scale: 1 },
      a34004: { parameter: 'pm2_5', scale: 1000 },
    });
  });

  it('reports a duplicate code as an error and leaves it out of the JSON', () => {
    const onChange = vi.fn();
    renderWithProviders(<FactorMapEditor value={{ a21026: { parameter: 'so2', scale: 1 } }} onChange={onChange} />, {
      locale: 'en',
    });
    fireEvent.click(screen.getByTestId('factor-add'));
    type('factor-code-1', 'a21026');
    type('factor-parameter-1', 'no2');
    expect(onChange).toHaveBeenLastCalledWith({}, true);
    expect(screen.getByTestId('factor-map-editor').textContent).toContain('Duplicate factor code');
  });

  it('removes a row', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <FactorMapEditor
        value={{ a21026: { parameter: 'so2', scale: 1 }, a21004: { parameter: 'no2', scale: 1 } }}
        onChange={onChange}
      />,
      { locale: 'en' },
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!); // a21004 sorts first
    expect(onChange).toHaveBeenLastCalledWith({ a21026: { parameter: 'so2', scale: 1 } }, false);
  });
});
