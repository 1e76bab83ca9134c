import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import { subscribeErrors } from '../lib/error-bus';
import { isApiError } from '../lib/http';

/**
 * Shows every published API error as an antd message in the current locale, with its code.
 * Failed background reads never stack: one toast per error code, replaced (not added) when the
 * same code fails again, so a page whose 13 queries fail shows one message, not 13.
 */
export function ErrorNotifier() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  useEffect(
    () =>
      subscribeErrors((error, source) => {
        const key = source === 'query' ? `query-error:${isApiError(error) ? error.code : 'INTERNAL'}` : undefined;
        void message.error({ key, content: describeError(error, t), duration: 6 });
      }),
    [message, t],
  );
  return null;
}
