import { z } from 'zod';
import { pageQuerySchema, patchSchemaOf } from './common';

export const DictionarySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  entryCount: z.number().int(),
});

export const DictEntrySchema = z.object({
  id: z.string(),
  dictCode: z.string(),
  code: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  extra: z.record(z.string(), z.unknown()),
  sortOrder: z.number().int(),
});
export type DictEntry = z.infer<typeof DictEntrySchema>;

export const DictCodeParamsSchema = z.object({ code: z.string().regex(/^[a-z0-9_]{1,40}$/) });
export const DictEntryParamsSchema = DictCodeParamsSchema.extend({ id: z.string().min(1).max(64) });

export const DictEntryListQuerySchema = pageQuerySchema(['code', 'label', 'sortOrder'] as const).extend({
  q: z.string().trim().max(100).optional(),
});

export const CreateDictEntryBodySchema = z.object({
  code: z.string().trim().min(1).max(64),
  label: z.string().trim().min(1).max(200),
  labelEn: z.string().trim().max(200).nullable().optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
  sortOrder: z.number().int().optional(),
});
export const UpdateDictEntryBodySchema = patchSchemaOf(CreateDictEntryBodySchema.omit({ code: true }));

export const ExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** The one query of every import route: a dry run unless `dryRun=false` is asked for. */
export const ImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('true (the default): validate and report only; false: write'),
  mode: z.enum(['valid-rows', 'all-or-nothing']).default('all-or-nothing'),
});

export const ImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('Values the wording needs, e.g. `expected` (the check character a credit code should end with)'),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/** A stored value the file would change: where, what is stored, what the file says. */
export const ImportReplacementSchema = z.object({
  row: z.number().int(),
  station: z.string(),
  parameter: z.string(),
  periodStart: z.string(),
  old: z.object({ value: z.number().nullable(), flag: z.string().nullable() }),
  new: z.object({ value: z.number().nullable(), flag: z.string().nullable() }),
});
export type ImportReplacement = z.infer<typeof ImportReplacementSchema>;

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  mode: z.enum(['valid-rows', 'all-or-nothing']),
  total: z.number().int(),
  valid: z.number().int(),
  applied: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  /**
   * Imports over stored values (observations): how many stored values differ from the file, whether
   * they are (or, in a dry run, would be) replaced — only when `replace=true` was asked for — or kept
   * and skipped, and the first of them with old and new values.
   */
  differing: z
    .object({
      count: z.number().int().describe('stored values that differ from the file'),
      replace: z
        .boolean()
        .describe("true: the file's values replace them; false: the stored values are kept (skipped)"),
      items: z.array(ImportReplacementSchema).describe('the first 50, in file order'),
    })
    .optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
