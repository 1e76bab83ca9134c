import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishError } from '../lib/error-bus';
import { ApiError } from '../lib/http';
import { renderWithProviders } from '../testing/test-utils';

const toasts = () => document.querySelectorAll('.ant-message-notice');

describe('ErrorNotifier', () => {
  it('shows failed background reads of one code as one toast, not one per request', async () => {
    renderWithProviders(<div />, { locale: 'en' });
    for (let i = 0; i < 13; i++)
      publishError(new ApiError({ status: 404, code: 'NOT_FOUND', message: `region ${i}` }), 'query');
    publishError(new ApiError({ status: 500, code: 'INTERNAL', message: 'boom' }), 'query');
    await waitFor(() => expect(toasts()).toHaveLength(2));
    expect(document.body.textContent?.match(/\[NOT_FOUND\]/g)).toHaveLength(1);
  });

  it('still shows every failed action the user started', async () => {
    renderWithProviders(<div />, { locale: 'en' });
    publishError(new ApiError({ status: 409, code: 'CONFLICT', message: 'a' }), 'action');
    publishError(new ApiError({ status: 409, code: 'CONFLICT', message: 'b' }), 'action');
    await waitFor(() => expect(toasts().length).toBeGreaterThanOrEqual(2));
  });
});
