import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import type { Locale } from '../../i18n/locale';
import { actText, CODE_GROUPS, leadKindText, noteText, pollutantText, statusText } from './labels';

const HAN = /[\u4e00-\u9fff]/;
const zh = createI18n('zh-CN');
const en = createI18n('en');

/** Every leaf of a message tree, as dotted keys. */
const leaves = (node: unknown, prefix: string): string[] =>
  typeof node === 'object' && node !== null
    ? Object.entries(node).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`))
    : [prefix];

describe.each<Locale>(['zh-CN', 'en'])('every code the compliance pages show has words in %s', (locale) => {
  const i18n = createI18n(locale);
  it.each(Object.keys(CODE_GROUPS) as (keyof typeof CODE_GROUPS)[])('%s', (group) => {
    // The resource itself: t() would fall back to the other language or to the code.
    const missing = CODE_GROUPS[group].filter(
      (code) => typeof i18n.getResource(locale, 'translation', `compliance.${group}.${code}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });
  it('words the act of every sign kind and every lead kind', () => {
    const kinds = [...CODE_GROUPS.signKinds, ...CODE_GROUPS.leadKinds];
    expect(
      kinds.filter((k) => typeof i18n.getResource(locale, 'translation', `compliance.acts.${k}`) !== 'string'),
    ).toEqual([]);
  });
});

describe('the zh-CN compliance messages', () => {
  const zhKeys = leaves(zh.getResource('zh-CN', 'translation', 'compliance'), 'compliance');
  const enKeys = leaves(en.getResource('en', 'translation', 'compliance'), 'compliance');

  it('have the same keys as the English ones', () => {
    expect(zhKeys.length).toBeGreaterThan(100);
    expect([...enKeys].sort()).toEqual([...zhKeys].sort());
  });

  it('are Chinese, with Latin letters only where a Chinese text writes them (pH, GB)', () => {
    for (const key of zhKeys) {
      const text = zh.t(key, { name: '重污染天气', year: 2026, list: '二氧化硫', status: '待处理' });
      expect(text, key).toMatch(HAN);
      const latin = text.match(/[A-Za-z]+/g) ?? [];
      expect(
        latin.filter((w) => !['pH', 'GB'].includes(w)),
        key,
      ).toEqual([]);
    }
  });
});

describe('labels', () => {
  const t = zh.t;

  it('name pollutants by their code as sent, lower-cased, or as sent when unknown', () => {
    expect(pollutantText('so2', t)).toBe('二氧化硫');
    expect(pollutantText('SO2', t)).toBe('二氧化硫');
    expect(pollutantText('nox', t)).toBe('氮氧化物');
    expect(pollutantText('dust', t)).toBe('颗粒物');
    expect(pollutantText('cod', t)).toBe('化学需氧量');
    expect(pollutantText('nh3_n', t)).toBe('氨氮');
    expect(pollutantText('ph', t)).toBe('pH 值');
    // Cobalt is Co, carbon monoxide CO: the case tells them apart.
    expect(pollutantText('Co', t)).toBe('钴');
    expect(pollutantText('CO', t)).toBe('一氧化碳');
    expect(pollutantText('voc_x', t)).toBe('voc_x');
    expect(pollutantText('', t)).toBe('—');
  });

  it('name a sign by its detector, another lead by its kind, and fall back gracefully', () => {
    expect(leadKindText({ kind: 'sign', signKind: 'flag_while_operating' }, t)).toBe('生产时标记停运、维护或校准');
    expect(leadKindText({ kind: 'exceedance', signKind: '' }, t)).toBe('超标');
    expect(leadKindText({ kind: 'sign', signKind: 'new_detector' }, t)).toBe('数据异常迹象');
    expect(statusText('case_requested', t)).toBe('已转立案线索');
    expect(statusText('archived', t)).toBe('archived');
  });

  it('word the act by sign kind, then lead kind, then the server text', () => {
    const act = 'server text';
    expect(actText({ kind: 'sign', signKind: 'flag_while_operating', act }, t)).toContain('虚假标记');
    expect(actText({ kind: 'sign', signKind: 'new_detector', act }, t)).toContain('篡改、伪造');
    expect(actText({ kind: 'exceedance', signKind: '', act }, t)).toContain('第三十四条');
    expect(actText({ kind: 'other' as never, signKind: '', act }, t)).toBe(act);
  });

  it('word the notes of judged hours, special periods and heavy-metal referrals, unknown codes as sent', () => {
    expect(noteText('HOUR_INVALID', t)).toBe('有效分钟不足 45 分钟，小时均值无效');
    expect(noteText('JUDGED_DAILY', t)).toBe('废水按日均值判定');
    expect(noteText('O2_HOUR_INVALID', t)).toBe('含氧量小时均值无效，无法折算');
    expect(noteText('SPECIAL_PERIOD:重污染天气', t)).toBe('特殊时段：重污染天气');
    expect(noteText('HEAVY_METAL_REFERRAL ≥3× 法释〔2023〕7号 §1(3)(4)', t)).toBe(
      '重金属超标倍数达到移送标准（≥3× 法释〔2023〕7号 §1(3)(4)）',
    );
    expect(noteText('HOUR_INVALID;SPECIAL_PERIOD:重污染天气', t)).toBe(
      '有效分钟不足 45 分钟，小时均值无效；特殊时段：重污染天气',
    );
    expect(noteText('NEW_CODE', t)).toBe('NEW_CODE');
    expect(noteText('', t)).toBe('');
  });
});
