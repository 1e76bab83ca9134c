import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { publishError } from '../../../lib/error-bus';
import { fieldFailureText, showFieldErrors } from '../form-errors';

/**
 * How a register form takes a refused write (its mutations are silent): the reasons beside their
 * fields and one toast in the user's language from the codes; a failure that names no field (403,
 * a conflict, the network) goes to the app's notifier like any other.
 */
export function useWriteFailure<V>(form: FormInstance<V>): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => {
    showFieldErrors(form, error, t);
    const text = fieldFailureText(error, t);
    if (text) void message.error({ content: text, duration: 6 });
    else publishError(error, 'action');
  };
}
