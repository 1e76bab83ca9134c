import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, testDatabases, type TestApp } from '../../test/harness';
import { xlsxBomb } from '../../test/xlsx-fixtures';

/** Every import route answers a damaged or oversized file with a coded 400, never a 500. */
const IMPORT_ROUTES = [
  '/api/v1/stations/import',
  '/api/v1/observations/import',
  '/api/v1/dictionaries/region/import',
  '/api/v1/assessment/targets/import',
];

describe.each(testDatabases())('import files on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it.each(IMPORT_ROUTES)('%s refuses a truncated or garbage XLSX with IMPORT_FILE_MALFORMED', async (url) => {
    const admin = await t.login('admin');
    for (const content of [Buffer.from('PK\u0003\u0004 truncated zip'), Buffer.from('<html>not a workbook</html>')]) {
      const { body, headers } = multipartFile('data.xlsx', content);
      const res = await admin.request('POST', `${url}?dryRun=true`, body, headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('IMPORT_FILE_MALFORMED');
    }
  });

  it('refuses a sheet of more rows than an import takes with IMPORT_FILE_TOO_LARGE', async () => {
    const admin = await t.login('admin');
    const bomb = await xlsxBomb((i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`, 250_000);
    const { body, headers } = multipartFile('stations.xlsx', bomb);
    const res = await admin.request('POST', '/api/v1/stations/import?dryRun=true', body, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_FILE_TOO_LARGE');
  }, 60_000);
});
