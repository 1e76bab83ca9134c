import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp, multipartFile } from '../../../test/harness';
import { buildDocx, buildZip, DOCX_PLAN_PARAGRAPHS } from './docx/docx.test-fixtures';
import { planTextFromFile } from './plan-file';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docxUpload = (filename: string, content: Buffer) => multipartFile(filename, content, DOCX_TYPE);

const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!soffice) console.warn('SKIP LibreOffice .docx round trip: neither soffice nor libreoffice is installed');

describe.each(testDatabases())('work plan .docx import on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  it('previews an uploaded .docx: the tree and the indicator with its deadline', async () => {
    const { body, headers } = docxUpload('要点.docx', buildDocx(DOCX_PLAN_PARAGRAPHS, { dataDescriptor: true }));
    const res = await admin.request('POST', '/api/v1/workplan/import/preview', body, headers);
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json();
    expect(proposal).toMatchObject({ title: '示范县2026年生态环境保护工作要点', year: 2026 });
    expect(proposal.items.map((i: { number: string; title: string }) => `${i.number}${i.title}`)).toEqual([
      '一、大气污染防治',
    ]);
    const subs = proposal.items[0].children as {
      number: string;
      title: string;
      children: { title: string; children: { indicators: unknown[] }[] }[];
    }[];
    expect(subs.map((s) => `${s.number}${s.title}`)).toEqual(['（一）推进扬尘治理', '（二）水环境治理']);
    expect(subs[0]!.children[0]!.title).toBe('加强施工工地管控');
    expect(subs[0]!.children[0]!.children[0]!.indicators).toEqual([
      expect.objectContaining({
        name: '空气质量优良天数比例',
        direction: 'at_least',
        target: 92,
        unit: '%',
        deadline: '2026-06-30',
      }),
    ]);
    // The same text sent as JSON gives the same proposal: the .docx path only changes how text is read.
    const json = await admin.request('POST', '/api/v1/workplan/import/preview', {
      text: DOCX_PLAN_PARAGRAPHS.join('\n'),
    });
    expect(proposal).toEqual(json.json());
  });

  it('answers 400 with a reason for a corrupt, truncated or non-Word zip, 413 for a bomb, 415 for a .doc', async () => {
    const docx = buildDocx(DOCX_PLAN_PARAGRAPHS);
    const send = (name: string, data: Buffer) => {
      const u = docxUpload(name, data);
      return admin.request('POST', '/api/v1/workplan/import/preview', u.body, u.headers);
    };
    for (const [name, data, reason] of [
      ['junk.docx', Buffer.from('PK\x03\x04 not a zip'), 'ZIP_CORRUPT'],
      ['cut.docx', docx.subarray(0, docx.length - 40), 'ZIP_CORRUPT'],
      [
        'sheet.docx',
        buildZip([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'xl/workbook.xml', data: '<workbook/>' },
        ]),
        'DOCX_NO_DOCUMENT',
      ],
    ] as const) {
      const res = await send(name, data);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'BAD_REQUEST', details: [{ code: reason }] });
    }
    const bomb = await send(
      'bomb.docx',
      buildZip([{ name: 'word/document.xml', data: Buffer.alloc(51 * 1024 * 1024, 0x20) }]),
    );
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json().error.details[0].code).toBe('ZIP_TOO_LARGE');
    expect((await send('old.doc', Buffer.from('\xd0\xcf\x11\xe0', 'latin1'))).statusCode).toBe(415);
  });
});

describe('a .docx written by a word processor', () => {
  it.skipIf(!soffice)(
    "reads LibreOffice's output back into the same lines",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-docx-'));
      try {
        fs.writeFileSync(path.join(dir, 'plan.txt'), `${DOCX_PLAN_PARAGRAPHS.join('\n')}\n`);
        execFileSync(soffice!, ['--headless', '--convert-to', 'docx', '--outdir', dir, path.join(dir, 'plan.txt')], {
          stdio: 'ignore',
          timeout: 60_000,
        });
        const text = planTextFromFile('plan.docx', fs.readFileSync(path.join(dir, 'plan.docx')));
        expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(DOCX_PLAN_PARAGRAPHS);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
