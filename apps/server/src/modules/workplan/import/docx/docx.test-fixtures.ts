import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

/**
 * Test builders: a ZIP writer (stored or deflated entries, optionally with data descriptors that
 * zero the local header's sizes, as streaming writers do) and a minimal valid .docx package.
 */
export type ZipInput = {
  name: string;
  data: Buffer | string;
  method?: 0 | 8;
  dataDescriptor?: boolean;
  declaredSize?: number;
};

export function buildZip(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8');
    const method = input.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(input.name, 'utf8');
    const crc = crc32(data);
    const size = input.declaredSize ?? data.length;
    const flags = 0x0800 | (input.dataDescriptor ? 0x0008 : 0); // UTF-8 names
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(0x0021, 12); // 1980-01-01
    if (!input.dataDescriptor) {
      lh.writeUInt32LE(crc, 14);
      lh.writeUInt32LE(body.length, 18);
      lh.writeUInt32LE(size, 22);
    }
    lh.writeUInt16LE(name.length, 26);
    const dd = Buffer.alloc(input.dataDescriptor ? 16 : 0);
    if (input.dataDescriptor) {
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(body.length, 8);
      dd.writeUInt32LE(size, 12);
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(0x0021, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body, dd);
    centrals.push(ch, name);
    offset += lh.length + name.length + body.length + dd.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(inputs.length, 8);
  eocd.writeUInt16LE(inputs.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A WordprocessingML body: each string a paragraph; `\t` becomes `<w:tab/>`, `\n` a `<w:br/>`. */
function documentXml(paragraphs: string[]): string {
  const run = (p: string) =>
    p
      .split('\n')
      .map((line) =>
        line
          .split('\t')
          .map((t) => `<w:t xml:space="preserve">${escape(t)}</w:t>`)
          .join('<w:tab/>'),
      )
      .join('<w:br/>');
  const body = paragraphs
    .map(
      (p) =>
        `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr>${run(p)}</w:r></w:p>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal valid .docx with the given paragraphs. */
export function buildDocx(paragraphs: string[], opts: { dataDescriptor?: boolean; method?: 0 | 8 } = {}): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml(paragraphs), ...opts },
  ]);
}

/** A short Chinese plan: a heading, a sub-heading and a task with a dated target. */
export const DOCX_PLAN_PARAGRAPHS = [
  '示范县2026年生态环境保护工作要点',
  '一、大气污染防治',
  '（一）推进扬尘治理',
  '加强施工工地管控。到2026年6月底，全县空气质量优良天数比例达到92%以上。',
  '（二）水环境治理',
  '保障饮用水安全。县级集中式饮用水水源地水质达标率保持在100%。',
];
