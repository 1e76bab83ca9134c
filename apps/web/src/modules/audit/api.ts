import type { AuditEntry } from '@ecocloud/contracts';
import { http } from '../../app/http';

export type AuditFilter = { action?: string; actor?: string; entityType?: string; from?: string; to?: string };
export type AuditQuery = AuditFilter & { page: number; pageSize: number };

/** Actions the filter suggests; the field also accepts any other action name. */
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.login_failed',
  'auth.password_change',
  'user.create',
  'user.update',
  'user.unlock',
  'org.create',
  'org.update',
  'dictionary.entry.create',
  'dictionary.entry.update',
  'dictionary.entry.delete',
  'dictionary.import',
] as const;

export const KNOWN_ENTITY_TYPES = ['user', 'org', 'dictionary_entry', 'dictionary', 'session'] as const;

/** One page of the audit log, newest first (the server's default order); `from`/`to` are ISO instants. */
export function fetchAudit(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  return http('/api/v1/audit', { query });
}
