import { z } from 'zod';
import { ROLE_CODES, DATA_SCOPES } from './access';
import { NewPasswordSchema } from './auth';
import { pageQuerySchema } from './common';

export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  roles: z.array(z.string()),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const USER_SORT_KEYS = ['username', 'displayName', 'createdAt'] as const;
export const UserListQuerySchema = pageQuerySchema(USER_SORT_KEYS).extend({
  q: z.string().trim().max(100).optional(),
  orgId: z.string().max(64).optional(),
});

export const UsernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . -');

export const CreateUserBodySchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(100),
  orgId: z.string().min(1),
  roles: z.array(z.enum(ROLE_CODES)).min(1),
  password: NewPasswordSchema,
});
export const UpdateUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  roles: z.array(z.enum(ROLE_CODES)).min(1).optional(),
  isActive: z.boolean().optional(),
  orgId: z.string().min(1).optional(),
});

export const RoleSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  scope: z.enum(DATA_SCOPES),
  permissions: z.array(z.string()),
});
export type Role = z.infer<typeof RoleSchema>;
