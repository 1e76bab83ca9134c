import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { rectificationErrorText } from '../error-text';
import { useEscalateNotices } from '../hooks/useSupervision';

/** Raises every late notice in the user's scope one level now (the server also does it hourly). */
export function EscalateButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const escalate = useEscalateNotices();
  return (
    <Button
      danger
      loading={escalate.isPending}
      data-testid="supervision-escalate"
      onClick={() =>
        escalate.mutate(undefined, {
          onSuccess: ({ escalated }) =>
            void message.success(t('rectification.supervision.escalated', { count: escalated })),
          onError: (error) => void message.error(rectificationErrorText(error, t)),
        })
      }
    >
      {t('rectification.supervision.escalate')}
    </Button>
  );
}
