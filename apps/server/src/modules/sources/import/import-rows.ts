import { CreateOutletBodySchema, type ImportRowError } from '@ecocloud/contracts';
import { validateUscc } from '@ecocloud/standards';
import { codeFromLabel, contractCheck, rowError, snakeColumn } from '../../../platform/import-export/import-runner';
import { resolveRegion } from '../../../platform/regions';
import { canonicalRow, categoryOf, dateOf, numberOf, outletKindOf, type ImportColumn } from './import-columns';

type Entry = { code: string; label: string; labelEn: string | null };

/** What the validation needs to know beforehand (the validator itself is synchronous). */
export type ImportContext = {
  industries: readonly Entry[];
  regions: readonly Entry[];
  /** Per region code of the file: the regulating organisation, or why the row cannot have one. */
  regulators: ReadonlyMap<string, { orgId: string } | { code: 'REGION_NOT_COVERED' | 'OUT_OF_SCOPE'; message: string }>;
  /** Credit codes of stored enterprises the caller may not change. */
  usccOutOfScope: ReadonlySet<string>;
  /** Stored permits by number: the credit code of the enterprise that holds each. */
  permitHolders: ReadonlyMap<string, string>;
};

export type ImportedRow = {
  enterprise: {
    uscc: string;
    name: string;
    industryCode: string;
    regionCode: string;
    address: string;
    lon: number | null;
    lat: number | null;
    category: 'key' | 'simplified' | 'registration';
    regulatorOrgId: string;
  };
  permit: { permitNo: string; kind: 'permit' | 'registration'; category: string; validFrom: string; validTo: string };
  outlet: { code: string; name: string; kind: 'gas' | 'water'; standard: string } | null;
  limits: { pollutant: string; limitType: 'concentration' | 'amount'; value: number; unit: string }[];
};

const sameAs = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The row validator of the register import. Each row is checked alone (codes, dictionaries, dates,
 * numbers, scope), then against the rows before it: the same credit code, permit or outlet with other
 * fields is CONFLICTING_ROWS, the same permit × outlet × pollutant twice DUPLICATE_LIMIT.
 */
export function rowValidator(ctx: ImportContext) {
  const enterprises = new Map<string, ImportedRow['enterprise']>();
  const permits = new Map<string, ImportedRow['permit'] & { uscc: string }>();
  const outlets = new Map<string, NonNullable<ImportedRow['outlet']>>();
  const limitKeys = new Set<string>();

  return (record: Record<string, string>, row: number): { value?: ImportedRow; errors: ImportRowError[] } => {
    const r = canonicalRow(record);
    const errors: ImportRowError[] = [];
    const fail = (
      field: ImportColumn,
      code: Parameters<typeof rowError>[2],
      message: string,
      params?: ImportRowError['params'],
    ) => errors.push({ ...rowError(row, field, code, message), ...(params ? { params } : {}) });
    const cell = (c: ImportColumn) => r[c] ?? '';
    const required = (c: ImportColumn) => {
      if (cell(c) === '') fail(c, 'REQUIRED', `${c} is required`);
      return cell(c);
    };

    let uscc = required('uscc').toUpperCase();
    if (uscc) {
      const checked = validateUscc(uscc);
      if (checked.ok) uscc = checked.code;
      else if (checked.code === 'USCC_CHECK_DIGIT')
        fail('uscc', 'USCC_CHECK_DIGIT', `${uscc}: the check character should be "${checked.expected}"`, {
          expected: checked.expected ?? '',
        });
      else fail('uscc', 'USCC_FORMAT', `${uscc}: ${checked.message}`);
      if (ctx.usccOutOfScope.has(uscc)) fail('uscc', 'OUT_OF_SCOPE', `enterprise ${uscc} is outside your data scope`);
    }
    const name = required('name');
    const industryText = required('industry_code');
    const industryCode = industryText ? codeFromLabel(ctx.industries, industryText) : undefined;
    if (industryText && !industryCode)
      fail('industry_code', 'UNKNOWN_INDUSTRY', `unknown industry "${industryText}" (GB/T 4754 code or label)`);
    const regionText = required('region_code');
    let regionCode: string | undefined;
    let regulatorOrgId: string | undefined;
    if (regionText) {
      const region = resolveRegion(ctx.regions, regionText);
      if ('error' in region) fail('region_code', region.error, region.message);
      else if (!ctx.regions.some((e) => e.code === region.code))
        fail('region_code', 'UNKNOWN_REGION', `unknown region ${region.code}: not in the region dictionary`);
      else {
        regionCode = region.code;
        const regulator = ctx.regulators.get(region.code);
        if (regulator && 'orgId' in regulator) regulatorOrgId = regulator.orgId;
        else if (regulator) fail('region_code', regulator.code, regulator.message);
      }
    }
    const categoryText = required('category');
    const category = categoryText ? categoryOf(categoryText) : undefined;
    if (categoryText && !category)
      fail(
        'category',
        'INVALID',
        `category "${categoryText}": key|simplified|registration or 重点管理|简化管理|登记管理`,
      );
    const numeric = (c: ImportColumn) => {
      const n = numberOf(r[c]);
      if (Number.isNaN(n)) fail(c, 'NOT_A_NUMBER', `${c} "${cell(c)}" is not a number`);
      return Number.isNaN(n) ? undefined : n;
    };
    const lon = numeric('lon');
    const lat = numeric('lat');
    if (lon !== undefined && Math.abs(lon) > 180) fail('lon', 'INVALID', 'longitude beyond ±180');
    if (lat !== undefined && Math.abs(lat) > 90) fail('lat', 'INVALID', 'latitude beyond ±90');

    const permitNo = required('permit_no');
    const date = (c: ImportColumn) => {
      const text = required(c);
      const d = text ? dateOf(text) : null;
      if (text && !d) fail(c, 'BAD_TIME', `${c} "${text}" is not a date (YYYY-MM-DD)`);
      return d;
    };
    const validFrom = date('valid_from');
    const validTo = date('valid_to');
    if (validFrom && validTo && validTo <= validFrom)
      fail('valid_to', 'VALID_TO_BEFORE_FROM', `valid_to ${validTo} is not after valid_from ${validFrom}`);

    const outletCode = cell('outlet_code').toUpperCase();
    let outlet: ImportedRow['outlet'] = null;
    if (outletCode) {
      const kind = outletKindOf(cell('outlet_kind'), outletCode);
      if (!kind) fail('outlet_kind', 'INVALID', `outlet kind "${cell('outlet_kind')}": gas|water or 废气|废水`);
      const body = {
        code: outletCode,
        name: cell('outlet_name') || outletCode,
        kind: kind ?? 'gas',
        standard: cell('standard'),
      };
      const checked = contractCheck(
        CreateOutletBodySchema,
        body,
        row,
        (p) => `outlet_${snakeColumn(p)}`.replace('outlet_standard', 'standard'),
        errors,
      );
      errors.push(...checked.errors);
      if (kind) outlet = { code: outletCode, name: body.name, kind, standard: body.standard };
    }
    const limits: ImportedRow['limits'] = [];
    const pollutant = cell('pollutant');
    if (pollutant) {
      if (!outletCode) fail('outlet_code', 'REQUIRED', 'a limit needs its outlet');
      const conc = numeric('conc_limit');
      const amount = numeric('amount_limit_t_a');
      if (conc === undefined && amount === undefined && !errors.length)
        fail('conc_limit', 'REQUIRED', 'a pollutant needs conc_limit or amount_limit_t_a');
      const unit = cell('conc_unit') || (outlet?.kind === 'water' ? 'mg/L' : 'mg/m³');
      if (conc !== undefined) limits.push({ pollutant, limitType: 'concentration', value: conc, unit });
      if (amount !== undefined) limits.push({ pollutant, limitType: 'amount', value: amount, unit: 't/a' });
      for (const [c, v] of [
        ['conc_limit', conc],
        ['amount_limit_t_a', amount],
      ] as const)
        if (v !== undefined && v <= 0) fail(c, 'INVALID', `${c} must be positive`);
    }
    if (errors.length || !category || !industryCode || !regionCode || !regulatorOrgId || !validFrom || !validTo)
      return { errors };

    // Against the rows before: one enterprise, permit and outlet each, however many rows repeat them.
    const enterprise = {
      uscc,
      name,
      industryCode,
      regionCode,
      address: cell('address'),
      lon: lon ?? null,
      lat: lat ?? null,
      category,
      regulatorOrgId,
    };
    const permit = {
      permitNo,
      kind: category === 'registration' ? ('registration' as const) : ('permit' as const),
      category,
      validFrom,
      validTo,
    };
    const holder = ctx.permitHolders.get(permitNo);
    if (holder && holder !== uscc)
      fail('permit_no', 'CONFLICTING_ROWS', `permit ${permitNo} belongs to enterprise ${holder}`);
    const seenEnterprise = enterprises.get(uscc);
    if (seenEnterprise && !sameAs(seenEnterprise, enterprise))
      fail(
        'uscc',
        'CONFLICTING_ROWS',
        `enterprise ${uscc} appears on an earlier row with other name, industry, region, address, place or category`,
      );
    const seenPermit = permits.get(permitNo);
    if (seenPermit && !sameAs(seenPermit, { ...permit, uscc }))
      fail(
        'permit_no',
        'CONFLICTING_ROWS',
        `permit ${permitNo} appears on an earlier row with another enterprise, category or dates`,
      );
    const outletKey = `${uscc}|${outletCode}`;
    const seenOutlet = outlets.get(outletKey);
    if (outlet && seenOutlet && !sameAs(seenOutlet, outlet))
      fail(
        'outlet_code',
        'CONFLICTING_ROWS',
        `outlet ${outletCode} appears on an earlier row with another name, kind or standard`,
      );
    const limitKey = `${permitNo}|${outletCode}|${pollutant}`;
    if (pollutant && limitKeys.has(limitKey))
      fail('pollutant', 'DUPLICATE_LIMIT', `permit ${permitNo} limits ${pollutant} at ${outletCode} on an earlier row`);
    if (errors.length) return { errors };
    enterprises.set(uscc, enterprise);
    permits.set(permitNo, { ...permit, uscc });
    if (outlet) outlets.set(outletKey, outlet);
    if (pollutant) limitKeys.add(limitKey);
    return { errors, value: { enterprise, permit, outlet, limits } };
  };
}
