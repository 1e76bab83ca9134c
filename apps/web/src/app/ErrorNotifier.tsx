import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import { subscribeErrors } from './error-bus';

/** Shows every published API error as an antd message in the current locale, with its code. */
export function ErrorNotifier() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  useEffect(
    () =>
      subscribeErrors((error) => {
        void message.error({ content: describeError(error, t), duration: 6 });
      }),
    [message, t],
  );
  return null;
}
