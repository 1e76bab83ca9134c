import { DEFAULT_JURISDICTIONS } from '@ecocloud/standards';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import type { Locale } from '../../i18n/locale';
import { clockStatus, CODE_GROUPS, DOCUMENT_KINDS, markText, stateText, tableText, yuanText } from './labels';
import { inputsOf } from './penalty-form';
import { clockFixture } from './testing/fixtures';

const zh = createI18n('zh-CN');
const en = createI18n('en');
const t = zh.t;

/** Every leaf of a message tree, as dotted keys. */
const leaves = (node: unknown, prefix: string): string[] =>
  typeof node === 'object' && node !== null
    ? Object.entries(node).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`))
    : [prefix];

const has = (locale: Locale, key: string) =>
  typeof createI18n(locale).getResource(locale, 'translation', key) === 'string';

describe.each<Locale>(['zh-CN', 'en'])('every code the enforcement pages show has words in %s', (locale) => {
  it.each(Object.keys(CODE_GROUPS) as (keyof typeof CODE_GROUPS)[])('%s', (group) => {
    // The resource itself: t() would fall back to the code.
    expect(CODE_GROUPS[group].filter((code) => !has(locale, `enforcement.${group}.${code}`))).toEqual([]);
  });

  it('names every discretion table of every jurisdiction, every fact it weighs and every value it offers', () => {
    const missing: string[] = [];
    for (const j of DEFAULT_JURISDICTIONS)
      for (const table of j.tables) {
        const tableKey = `enforcement.tables.${table.id.replaceAll('.', '_')}`;
        if (!has(locale, tableKey)) missing.push(tableKey);
        for (const input of inputsOf(table, j)) {
          if (!has(locale, `enforcement.inputs.${input.key}`)) missing.push(`inputs.${input.key}`);
          if (input.kind === 'choice')
            for (const o of input.options)
              if (!has(locale, `enforcement.inputValues.${input.key}.${o}`)) missing.push(`${input.key}.${o}`);
        }
      }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('names every document', () => {
    expect(DOCUMENT_KINDS.filter((k) => !has(locale, `enforcement.documents.kinds.${k}`))).toEqual([]);
  });
});

describe('the zh-CN enforcement messages', () => {
  const zhKeys = leaves(zh.getResource('zh-CN', 'translation', 'enforcement'), 'enforcement');
  const enKeys = leaves(en.getResource('en', 'translation', 'enforcement'), 'enforcement');

  it('have the same keys as the English ones', () => {
    expect(zhKeys.length).toBeGreaterThan(150);
    expect([...enKeys].sort()).toEqual([...zhKeys].sort());
  });

  // Every placeholder the messages use, with Chinese values (a missing one would show its name).
  const VALUES = {
    ...{ days: 3, date: '2026-11-05', amount: '1 元', kind: '立案', state: '调查取证', caseNo: '环罚〔2026〕1号' },
    ...{ years: 2, citation: '生态环境法典', clock: '立案期限', by: '经负责人批准', reason: '鉴定', finding: '已改正' },
    ...{ min: '20 万元', max: '100 万元', percent: 20, text: '初次违法', violation: '超标排放' },
    ...{ count: 3, period: '2026-Q4', checks: '在线监测数据', name: '南宁示范热电有限公司' },
    // The calendar and statistics pages.
    ...{ year: 2026, month: 11, authority: '南宁市生态环境局', from: '2026-01-01', to: '2026-11-28' },
    ...{ asOf: '2026-11-28' },
  };
  // Single letters are class names (A类污染物, 表B), as the benchmark writes them.
  it('are Chinese, with Latin words only where a Chinese text writes them (pH, Word, PDF)', () => {
    for (const key of zhKeys) {
      const text = zh.t(key, VALUES);
      // Word and PDF are written so in Chinese; the list separator is the enumeration comma alone.
      if (
        !['enforcement.documents.word', 'enforcement.documents.pdf', 'enforcement.inspections.listSeparator'].includes(
          key,
        )
      )
        expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(
        (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['pH', 'Word', 'PDF'].includes(w)),
        key,
      ).toEqual([]);
    }
  });
});

describe('labels', () => {
  it('word a state, and keep an unknown code as sent rather than blank', () => {
    expect(stateText('paid', t)).toBe('已缴纳');
    expect(stateText('overdue', t)).toBe('逾期未缴纳');
    expect(stateText('someday_state', t)).toBe('someday_state');
  });

  it('name a table by its number and words, or the standards’ name for a number without words', () => {
    expect(tableText('2.7.2', t)).toBe('2.7.2 超过许可排放浓度、许可排放量排放水污染物（表B）');
    expect(tableText('9.9.9', t, '某表')).toBe('9.9.9 某表');
  });

  it('write yuan with thousands separators, a dash for none', () => {
    expect(yuanText(200_000, t)).toBe('200,000 元');
    expect(yuanText(1_234_567.5, t)).toBe('1,234,567.5 元');
    expect(yuanText(0, t)).toBe('0 元');
    expect(yuanText(null, t)).toBe('—');
  });

  it('show ⚠ as unverified and the other marks as checked', () => {
    expect(markText('⚠', t)).toBe('未经官方文本核实');
    expect(markText('✅', t)).toBe('已核对原文');
    expect(markText('', t)).toBeNull();
  });

  it('say where a clock stands: days left, overdue, paused, done on time or late', () => {
    expect(clockStatus(clockFixture({ daysLeft: 12 }), t)).toEqual({ text: '剩 12 天', tone: 'ok' });
    expect(clockStatus(clockFixture({ daysLeft: 2 }), t)).toEqual({ text: '剩 2 天', tone: 'warning' });
    expect(clockStatus(clockFixture({ daysLeft: -4, overdue: true }), t)).toEqual({
      text: '逾期 4 天',
      tone: 'danger',
    });
    expect(clockStatus(clockFixture({ daysLeft: 30, paused: true }), t)).toEqual({ text: '已暂停', tone: 'paused' });
    expect(clockStatus(clockFixture({ daysLeft: null, doneOn: '2026-11-09', satisfied: true }), t).text).toBe(
      '已于 2026-11-09 完成',
    );
    expect(clockStatus(clockFixture({ daysLeft: null, doneOn: '2026-11-09', satisfied: false }), t)).toEqual({
      text: '2026-11-09 完成（已逾期）',
      tone: 'danger',
    });
    // An "overdue" hearing notice means the hearing was set too soon after it.
    expect(clockStatus(clockFixture({ code: 'HEARING_NOTICE', daysLeft: 3, overdue: true }), t).text).toBe(
      '听证日期距通知不足七个工作日',
    );
  });
});
