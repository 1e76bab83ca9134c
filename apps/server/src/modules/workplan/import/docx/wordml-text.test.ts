import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../plan-parser';
import { decodeXmlEntities, wordXmlParagraphs } from './wordml-text';

describe('WordprocessingML text', () => {
  it('gives one line per paragraph with tabs, breaks and decoded entities', () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="w"><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space="preserve">总体 </w:t></w:r><w:r><w:t>要求</w:t></w:r></w:p>' +
      '<w:p/>' +
      '<w:p><w:r><w:t>A&amp;B &lt;1&gt; &#20013;&#x6587;</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>' +
      '<w:p><w:r><w:instrText>PAGE</w:instrText><w:delText>gone</w:delText><w:t/></w:r><!-- <w:t>no</w:t> --></w:p>' +
      '</w:body></w:document>';
    expect(wordXmlParagraphs(xml)).toEqual(['一、总体 要求', '', 'A&B <1> 中文\tx\ny', '']);
  });

  it('reads text boxes once (mc:Choice, not mc:Fallback)', () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const xml = `<w:p><w:r><w:t>before</w:t><mc:AlternateContent><mc:Choice>${box('box')}</mc:Choice><mc:Fallback>${box('box')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(wordXmlParagraphs(xml)).toEqual(['box', 'before']);
  });

  it('reads a table row as one line of tab-separated cells, which the importer reads as targets', () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const tr = (...cells: string[]) =>
      `<w:tr><w:trPr/>${cells.map((c) => `<w:tc><w:tcPr/>${c.split('|').map(p).join('')}</w:tc>`).join('')}</w:tr>`;
    const xml =
      p('示范市2025年生态环境工作要点') +
      p('一、主要指标') +
      `<w:tbl>${tr('指标名称', '单位', '2025年目标', '完成时限')}${tr('空气质量|优良天数比例', '%', '≥95', '年底前')}${tr('城市黑臭水体', '', '基本消除', '6月底前')}</w:tbl>` +
      p('二、重点任务');
    const lines = wordXmlParagraphs(xml);
    expect(lines).toEqual([
      '示范市2025年生态环境工作要点',
      '一、主要指标',
      '指标名称\t单位\t2025年目标\t完成时限',
      '空气质量 优良天数比例\t%\t≥95\t年底前',
      '城市黑臭水体\t\t基本消除\t6月底前',
      '二、重点任务',
    ]);
    const plan = parsePlanText(lines.join('\n'));
    expect(plan.items[0]!.indicators.map((x) => [x.name, x.direction, x.target, x.deadline])).toEqual([
      ['空气质量 优良天数比例', 'at_least', 95, '2025-12-31'],
      ['城市黑臭水体', 'eliminate', 0, '2025-06-30'],
    ]);
  });

  it('leaves unknown entities alone', () => {
    expect(decodeXmlEntities('&nbsp; &quot;&apos;')).toBe('&nbsp; "\'');
  });
});
