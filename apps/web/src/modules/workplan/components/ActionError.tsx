import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http';

/** A refused write shown in its modal, worded from the server's error code (e.g. 只能合并同一上级下的事项). */
export function ActionError({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = isApiError(error)
    ? t(`errors.${error.code}`, { defaultValue: t('errors.unknown') })
    : t('errors.unknown');
  return <Alert type="error" showIcon title={text} data-testid={testId} style={{ marginTop: 12 }} />;
}
