import { z } from 'zod';
import { DATA_SCOPES } from './access';

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const MeSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  scope: z.enum(DATA_SCOPES),
  /** The password was set by an administrator (account created or reset): change it before anything else. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export const SessionSchema = z.object({ user: MeSchema, csrfToken: z.string() });
export type Session = z.infer<typeof SessionSchema>;

/** Passwords: at least 10 characters with letters and digits; no default password exists anywhere. */
export const NewPasswordSchema = z
  .string()
  .min(10, 'at least 10 characters')
  .max(256)
  .regex(/[A-Za-z]/, 'must contain a letter')
  .regex(/\d/, 'must contain a digit');

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPasswordSchema,
});
