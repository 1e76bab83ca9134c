import { makeUscc } from '@ecocloud/standards';
import type { Agent } from '../../../test/harness';

/** A valid credit code of a region with a serial, so that each test names its own enterprises. */
export const usccOf = (regionCode: string, serial: number) => makeUscc({ regionCode, subject: serial });

/** The same code with a wrong check character, and the character it should have. */
export function corrupted(uscc: string): { code: string; expected: string } {
  const expected = uscc.charAt(17);
  const wrong = expected === '0' ? '1' : '0';
  return { code: `${uscc.slice(0, 17)}${wrong}`, expected };
}

/** Registers an enterprise through the API and returns its body. */
export async function createEnterprise(agent: Agent, overrides: Record<string, unknown> = {}) {
  const res = await agent.request('POST', '/api/v1/sources/enterprises', {
    uscc: usccOf('450103', Math.floor(Math.random() * 90_000_000)),
    name: '南宁测试热电有限公司',
    industryCode: '4411',
    regionCode: '450103',
    category: 'key',
    contacts: [{ name: '王工', title: '环保负责人', phone: '13800000000' }],
    legalRepresentative: '李四',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`create enterprise: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; uscc: string; regulatorOrgId: string };
}

const IMPORT_HEADER = [
  'uscc',
  'name',
  'industry_code',
  'region_code',
  'address',
  'lon',
  'lat',
  'category',
  'permit_no',
  'valid_from',
  'valid_to',
  'outlet_code',
  'outlet_name',
  'outlet_kind',
  'pollutant',
  'conc_limit',
  'conc_unit',
  'amount_limit_t_a',
  'standard',
] as const;
export type ImportCells = Partial<Record<(typeof IMPORT_HEADER)[number], string>>;

/** One register row (permit × outlet × pollutant) with sensible cells, overridden per test. */
export function importRow(uscc: string, o: ImportCells = {}): ImportCells {
  return {
    uscc,
    name: `企业${uscc.slice(8, 12)}`,
    industry_code: '3011',
    region_code: '450100',
    address: '南宁市某路1号',
    lon: '108.3',
    lat: '22.8',
    category: '重点管理',
    permit_no: `${uscc}001P`,
    valid_from: '2023-01-01',
    valid_to: '2028-01-01',
    outlet_code: 'DA001',
    outlet_name: '窑尾',
    outlet_kind: '废气',
    pollutant: 'so2',
    conc_limit: '100',
    conc_unit: 'mg/m³',
    amount_limit_t_a: '',
    standard: 'GB 4915-2013',
    ...o,
  };
}

/** A CSV of register rows under the given header (English names, or Chinese aliases by position). */
export function importCsv(rows: ImportCells[], header: readonly string[] = IMPORT_HEADER): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) => IMPORT_HEADER.map((c) => quote(r[c] ?? '')).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
