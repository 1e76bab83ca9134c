import { NewPasswordSchema } from '@ecocloud/contracts';
import type { FormRule } from 'antd';

/** True when the server's password policy (NewPasswordSchema) accepts the value. */
export function isAcceptablePassword(value: string): boolean {
  return NewPasswordSchema.safeParse(value).success;
}

/** An antd Form rule for a new password, checked with the same schema the server uses. */
export function newPasswordRule(message: string): FormRule {
  return {
    validator: (_, value: string | undefined) =>
      !value || isAcceptablePassword(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
