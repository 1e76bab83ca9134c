import { tableList } from '../db/table-list';
import type { DeadlineTables } from './deadlines/deadlines.tables';

/** Tables of the platform: organisations, identity, sessions, audit, dictionaries, jobs. */
export interface OrgsTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids, `/root/child/…/self/`: a subtree is a parameterised prefix match. */
  path: string;
  name: string;
  name_en: string | null;
  kind: string;
  region_code: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  password_hash: string;
  is_active: number;
  failed_logins: number;
  locked_until: string | null;
  password_changed_at: string;
  /** 1: the password was set by an administrator (create, reset); the user must choose their own before anything else. */
  must_change_password: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

interface RolesTable {
  code: string;
  name: string;
  name_en: string;
  scope: string;
  /** JSON array of permission strings. */
  permissions: string;
}

interface UserRolesTable {
  user_id: string;
  role_code: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  /** Contiguous sequence assigned under the chain-head lock; a gap means a deleted entry. */
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_org_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
  /** HMAC-SHA256 of `hash` under the audit key (outside the database); null only before the first anchoring */
  mac: string | null;
}

interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

interface DictionariesTable {
  code: string;
  name: string;
  name_en: string;
}

export interface DictionaryEntriesTable {
  id: string;
  dict_code: string;
  code: string;
  label: string;
  label_en: string | null;
  /** JSON object of extra attributes (unit, parent code, …). */
  extra_json: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** The shared working-day calendar (`calendar_days`) is the platform's too: its routes are the platform's. */
export interface PlatformTables extends DeadlineTables {
  app_settings: AppSettingsTable;
  orgs: OrgsTable;
  users: UsersTable;
  roles: RolesTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  dictionaries: DictionariesTable;
  dictionary_entries: DictionaryEntriesTable;
}

/** The tables the platform owns (checked against PlatformTables: a table missing here fails to compile). */
export const PLATFORM_TABLES = tableList<PlatformTables>()([
  'app_settings',
  'orgs',
  'users',
  'roles',
  'user_roles',
  'sessions',
  'audit_log',
  'audit_head',
  'dictionaries',
  'dictionary_entries',
  'calendar_days',
]);
