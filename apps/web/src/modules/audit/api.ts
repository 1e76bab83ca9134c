import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditEntry } from '@ecocloud/contracts';
import { http } from '../../lib/http';

export type AuditFilter = { action?: string; actor?: string; entityType?: string; from?: string; to?: string };
export type AuditQuery = AuditFilter & { page: number; pageSize: number };

/** Actions and entity types the filters suggest (the fields also accept any other name). */
export const KNOWN_AUDIT_ACTIONS = AUDIT_ACTIONS;
export const KNOWN_ENTITY_TYPES = AUDIT_ENTITY_TYPES;

/** One page of the audit log, newest first (the server's default order); `from`/`to` are ISO instants. */
export function fetchAudit(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  return http('/api/v1/audit', { query });
}
