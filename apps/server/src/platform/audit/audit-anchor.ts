import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { Database } from '../../db/schema';
import type { Clock } from '../clock';
import { hasSignedEntry, readAuditHead, setEntryMac, unsignedEntries } from './audit.repository';

/**
 * The audit chain's anchor (docs/adr/0008): a key outside the database signs every entry's hash
 * (HMAC-SHA256), and the chain head is exported now and then, signed, to a log line and an
 * append-only file. Whoever can write the database but not read the key cannot re-chain an edited
 * entry, and cannot cut the log back behind an exported head unnoticed.
 */
export type AuditAnchor = {
  key: Buffer;
  /** where the key came from, for messages: `ECOCLOUD_AUDIT_KEY`, a file path or `process` */
  keySource: string;
  /** append-only file of exported heads; undefined = exported to the log only */
  headsFile: string | undefined;
};

/** One exported head: the chain had `seq` entries ending in `hash` at `at`; `mac` signs seq and hash. */
export type ExportedHead = { at: string; seq: number; hash: string; mac: string };

// appendAudit runs inside dozens of services' transactions; the process holds its one key here
// rather than every caller passing it (prepareDatabase loads it before anything is written).
let processAnchor: AuditAnchor | undefined;
let ephemeralKey: Buffer | undefined;

export function useAuditAnchor(anchor: AuditAnchor): void {
  processAnchor = anchor;
}

export function currentAuditAnchor(): AuditAnchor {
  if (!processAnchor)
    throw new Error('the audit key is not loaded (prepareDatabase loads it before anything is audited)');
  return processAnchor;
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');
export const entryMac = (key: Buffer, hash: string): string => hmac(key, `entry\n${hash}`);
export const headMac = (key: Buffer, seq: number, hash: string): string => hmac(key, `head\n${seq}\n${hash}`);

export function macMatches(expected: string, actual: string | null): boolean {
  if (actual === null || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

/**
 * The anchor the configuration names: `ECOCLOUD_AUDIT_KEY`, else the key file (created with a new
 * random key, mode 0600, when absent and the log holds no signed entry yet), else for an in-memory
 * database a key that lives as long as the process. `generated` names a key file made just now.
 */
export async function loadAuditAnchor(
  db: Kysely<Database>,
  config: Config,
): Promise<AuditAnchor & { generated?: string }> {
  const headsFile = config.auditHeadsFile;
  if (config.auditKey) return { key: Buffer.from(config.auditKey, 'utf8'), keySource: 'ECOCLOUD_AUDIT_KEY', headsFile };
  const file = config.auditKeyFile;
  if (!file) {
    ephemeralKey ??= randomBytes(32);
    return { key: ephemeralKey, keySource: 'process', headsFile };
  }
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8').trim();
    if (text.length < 32) throw new Error(`audit key file ${file} holds fewer than 32 characters`);
    return { key: Buffer.from(text, 'utf8'), keySource: file, headsFile };
  }
  // A signed log without its key cannot be verified any more: refuse rather than sign on with a new key.
  if (await hasSignedEntry(db))
    throw new Error(
      `audit key file ${file} is missing but the audit log is signed: restore the key file (or set ECOCLOUD_AUDIT_KEY)`,
    );
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const text = randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process starting at the same moment wrote it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadAuditAnchor(db, config);
    throw err;
  }
  return { key: Buffer.from(text, 'utf8'), keySource: file, headsFile, generated: file };
}

/**
 * Signs entries written before the anchor existed (the upgrade to migration 0008), once: only while
 * no entry is signed and no head was exported, and only an intact chain (re-walked by the caller).
 * Later, an unsigned entry is a finding for `audit verify`, never something to sign.
 */
export async function signLegacyEntries(db: Kysely<Database>, anchor: AuditAnchor): Promise<number> {
  if (!(await legacySigningPossible(db, anchor))) return 0;
  const rows = await unsignedEntries(db);
  await db.transaction().execute(async (trx) => {
    for (const r of rows) await setEntryMac(trx, r.seq, entryMac(anchor.key, r.hash));
  });
  return rows.length;
}

/** True while no entry is signed and no head was exported: the only time unsigned entries may be signed. */
export async function legacySigningPossible(db: Kysely<Database>, anchor: AuditAnchor): Promise<boolean> {
  return !(await hasSignedEntry(db)) && readExportedHeads(anchor.headsFile).length === 0;
}

/**
 * The exported heads, in order. A line that is not JSON (torn by a crash mid-write, or edited) is
 * kept as a head with no valid signature, so `audit verify` reports it instead of throwing, and the
 * next export still appends.
 */
export function readExportedHeads(file: string | undefined): ExportedHead[] {
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as ExportedHead;
      } catch {
        return { at: `unreadable line ${i + 1} of ${file}`, seq: -1, hash: '', mac: '' };
      }
    });
}

/**
 * Exports the current head, signed, when it moved since the last export: appends a JSON line to the
 * heads file (fsync'd) and returns it for the log. Returns null when nothing changed.
 */
export async function exportAuditHead(
  db: Kysely<Database>,
  anchor: AuditAnchor,
  clock: Clock,
): Promise<ExportedHead | null> {
  const head = await readAuditHead(db);
  if (head.seq === 0) return null;
  const last = readExportedHeads(anchor.headsFile).at(-1);
  if (last && last.seq === head.seq && last.hash === head.hash) return null;
  const line: ExportedHead = {
    at: clock.now().toISOString(),
    seq: head.seq,
    hash: head.hash,
    mac: headMac(anchor.key, head.seq, head.hash),
  };
  if (anchor.headsFile) {
    fs.mkdirSync(path.dirname(path.resolve(anchor.headsFile)), { recursive: true });
    // A line torn by a crash has no newline: start on a line of our own so this one stays readable.
    const torn = fs.existsSync(anchor.headsFile) && !endsWithNewline(anchor.headsFile);
    const fd = fs.openSync(anchor.headsFile, 'a', 0o600);
    try {
      fs.writeSync(fd, `${torn ? '\n' : ''}${JSON.stringify(line)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  return line;
}

function endsWithNewline(file: string): boolean {
  const size = fs.statSync(file).size;
  if (size === 0) return true;
  const fd = fs.openSync(file, 'r');
  try {
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    fs.closeSync(fd);
  }
}
