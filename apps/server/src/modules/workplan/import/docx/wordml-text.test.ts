import { describe, expect, it } from 'vitest';
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

  it('leaves unknown entities alone', () => {
    expect(decodeXmlEntities('&nbsp; &quot;&apos;')).toBe('&nbsp; "\'');
  });
});
