import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AppError,
  CreateDictEntryBodySchema,
  type DictEntry,
  type ImportReport,
  type ImportRowError,
} from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import { constraintKind } from '../../db/db-errors';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf } from '../audit/audit.service';
import type { Clock } from '../clock';
import {
  codeFromLabel,
  contractCheck,
  rowError,
  runImport,
  snakeColumn,
  type ImportMode,
} from '../import-export/import-runner';
import { readTable, writeTable, type TableFormat } from '../import-export/table-io';
import { BASE_DICTIONARIES } from './base-dictionaries';
import type { ServiceDeps } from '../service-deps';
import * as repo from './dictionaries.repository';

function toEntry(r: repo.EntryRow): DictEntry {
  return {
    id: r.id,
    dictCode: r.dict_code,
    code: r.code,
    label: r.label,
    labelEn: r.label_en,
    extra: JSON.parse(r.extra_json) as Record<string, unknown>,
    sortOrder: r.sort_order,
  };
}

export async function listDictionaries({ db }: Pick<ServiceDeps, 'db'>) {
  const rows = await repo.listDictionariesWithCounts(db);
  return {
    items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en, entryCount: Number(r.entry_count) })),
    total: rows.length,
  };
}

async function getDictionary(db: Kysely<Database>, code: string) {
  const d = await repo.findDictionary(db, code);
  if (!d) throw new AppError('DICTIONARY_NOT_FOUND', `dictionary ${code} not found`);
  return d;
}

export type EntryListInput = { dictCode: string; query: Parameters<typeof repo.listEntries>[2] };

export async function listEntries({ db }: Pick<ServiceDeps, 'db'>, { dictCode, query: q }: EntryListInput) {
  await getDictionary(db, dictCode);
  const { rows, total } = await repo.listEntries(db, dictCode, q);
  return { items: rows.map(toEntry), total };
}

export type EntryInput = {
  code: string;
  label: string;
  labelEn?: string | null | undefined;
  extra?: Record<string, unknown> | undefined;
  sortOrder?: number | undefined;
};

export async function createEntry(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { dictCode, entry: e }: { dictCode: string; entry: EntryInput },
): Promise<DictEntry> {
  return db.transaction().execute(async (trx) => {
    await getDictionary(trx, dictCode);
    const now = clock.now().toISOString();
    const row: repo.EntryRow = {
      id: randomUUID(),
      dict_code: dictCode,
      code: e.code,
      label: e.label,
      label_en: e.labelEn ?? null,
      extra_json: JSON.stringify(e.extra ?? {}),
      sort_order: e.sortOrder ?? 0,
      created_at: now,
      updated_at: now,
    };
    try {
      await repo.insertEntry(trx, row);
    } catch (err) {
      if (constraintKind(err) === 'unique')
        throw new AppError('CONFLICT', `code ${e.code} already exists in ${dictCode}`, [
          { path: 'body.code', message: 'exists' },
        ]);
      throw err;
    }
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'dictionary.entry.create',
      entityType: `dictionary:${dictCode}`,
      entityId: row.id,
      after: toEntry(row),
    });
    return toEntry(row);
  });
}

/** Which entry (the route's `:code` and `:id`) and the parsed body. */
export type EntryUpdate = { dictCode: string; id: string; patch: Partial<Omit<EntryInput, 'code'>> };

export async function updateEntry(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { dictCode, id, patch }: EntryUpdate,
): Promise<DictEntry> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findEntry(trx, dictCode, id);
    if (!before) throw new AppError('DICTIONARY_ENTRY_NOT_FOUND', 'entry not found');
    const after: repo.EntryRow = {
      ...before,
      label: patch.label ?? before.label,
      label_en: patch.labelEn === undefined ? before.label_en : patch.labelEn,
      extra_json: patch.extra ? JSON.stringify(patch.extra) : before.extra_json,
      sort_order: patch.sortOrder ?? before.sort_order,
      updated_at: clock.now().toISOString(),
    };
    await repo.updateEntryRow(trx, id, after);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'dictionary.entry.update',
      entityType: `dictionary:${dictCode}`,
      entityId: id,
      before: toEntry(before),
      after: toEntry(after),
    });
    return toEntry(after);
  });
}

export async function deleteEntry(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { dictCode, id }: { dictCode: string; id: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findEntry(trx, dictCode, id);
    if (!before) throw new AppError('DICTIONARY_ENTRY_NOT_FOUND', 'entry not found');
    await repo.deleteEntryRow(trx, id);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'dictionary.entry.delete',
      entityType: `dictionary:${dictCode}`,
      entityId: id,
      before: toEntry(before),
    });
  });
}

const FIXED_COLUMNS = ['code', 'label', 'label_en', 'sort_order'];

/** Export keeps every attribute: the fixed columns, then one column per extra key. */
export async function exportEntries(
  { db }: Pick<ServiceDeps, 'db'>,
  { dictCode, format }: { dictCode: string; format: TableFormat },
): Promise<Buffer> {
  await getDictionary(db, dictCode);
  const entries = (await repo.allEntries(db, dictCode)).map(toEntry);
  const extraKeys = [...new Set(entries.flatMap((e) => Object.keys(e.extra)))].sort();
  const columns = [...FIXED_COLUMNS, ...extraKeys].map((k) => ({ key: k, header: k }));
  const rows = entries.map((e) => ({
    code: e.code,
    label: e.label,
    label_en: e.labelEn,
    sort_order: e.sortOrder,
    ...e.extra,
  }));
  return writeTable(columns, rows, format, dictCode);
}

/**
 * Import upserts entries by code. A `parent` column may hold a code, a Chinese label or an
 * English label of an entry of the same dictionary; it is stored as the code.
 */
/** The dictionary, the uploaded file and the query's import options. */
export type EntryImport = {
  dictCode: string;
  file: { data: Buffer; format: TableFormat };
  opts: { dryRun: boolean; mode: ImportMode };
};

export async function importEntries(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { dictCode, file, opts }: EntryImport,
): Promise<ImportReport> {
  await getDictionary(db, dictCode);
  const table = await readTable(file.data, file.format);
  if (!table.header.includes('code') || !table.header.includes('label')) {
    throw new AppError('VALIDATION_FAILED', 'the header row must name the columns code and label', [
      { path: 'file', message: 'missing code/label columns' },
    ]);
  }
  const existing = (await repo.allEntries(db, dictCode)).map(toEntry);
  const known = [
    ...existing,
    ...table.rows.map((r) => ({ code: r.code ?? '', label: r.label ?? '', labelEn: r.label_en ?? null })),
  ];
  const seen = new Set<string>();
  return db.transaction().execute(async (trx) => {
    const report = await runImport<EntryInput>({
      rows: table.rows,
      dryRun: opts.dryRun,
      mode: opts.mode,
      validate: (r, row) => {
        const errors: ImportRowError[] = [];
        const code = r.code ?? '';
        if (!code || code.length > 64)
          errors.push(rowError(row, 'code', 'REQUIRED', 'code is required (at most 64 characters)'));
        else if (seen.has(code))
          errors.push(rowError(row, 'code', 'DUPLICATE', `code ${code} appears twice in the file`));
        seen.add(code);
        if (!r.label) errors.push(rowError(row, 'label', 'REQUIRED', 'label is required'));
        const sortOrder = r.sort_order ? Number(r.sort_order) : 0;
        if (!Number.isInteger(sortOrder))
          errors.push(rowError(row, 'sort_order', 'NOT_INTEGER', 'sort_order must be an integer'));
        const extra: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r)) if (!FIXED_COLUMNS.includes(k) && v !== '') extra[k] = v;
        if (r.parent) {
          const parent = codeFromLabel(known, r.parent);
          if (!parent)
            errors.push(rowError(row, 'parent', 'UNKNOWN_LABEL', `no entry with code or label "${r.parent}"`));
          else extra.parent = parent;
        }
        // The API's own schema: the same lengths and types as POST …/entries.
        const checked = contractCheck(
          CreateDictEntryBodySchema,
          { code, label: r.label ?? '', labelEn: r.label_en || null, extra, sortOrder },
          row,
          (path) => (path[0] === 'extra' && path.length > 1 ? String(path[1]) : snakeColumn(path)),
          errors,
        );
        errors.push(...checked.errors);
        return errors.length
          ? { errors }
          : { value: { code, label: r.label!, labelEn: r.label_en || null, extra, sortOrder }, errors };
      },
      apply: async (valid) => {
        for (const { value } of valid) await upsertEntry(trx, clock, dictCode, value);
        return valid.length;
      },
    });
    if (report.applied > 0) {
      await appendAudit(trx, clock, auditContextOf(actor), {
        action: 'dictionary.import',
        entityType: `dictionary:${dictCode}`,
        after: { applied: report.applied, total: report.total, errors: report.errors.length },
      });
    }
    return report;
  });
}

async function upsertEntry(db: Kysely<Database>, clock: Clock, dictCode: string, e: EntryInput): Promise<void> {
  const now = clock.now().toISOString();
  const values = {
    label: e.label,
    label_en: e.labelEn ?? null,
    extra_json: JSON.stringify(e.extra ?? {}),
    sort_order: e.sortOrder ?? 0,
    updated_at: now,
  };
  if ((await repo.updateEntryByCode(db, dictCode, e.code, values)) === 0)
    await repo.insertEntry(db, { id: randomUUID(), dict_code: dictCode, code: e.code, created_at: now, ...values });
}

/** Idempotent: creates missing dictionaries and their base entries; never overwrites an admin's edits. */
export async function ensureBaseDictionaries({ db, clock }: ServiceDeps): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const d of BASE_DICTIONARIES) {
      if (await repo.findDictionary(trx, d.code)) continue;
      await repo.insertDictionary(trx, d);
      for (const [i, e] of d.entries.entries()) await upsertEntry(trx, clock, d.code, { ...e, sortOrder: i + 1 });
    }
  });
}
