import type { CaseDetail } from '@ecocloud/contracts';
import { basesInForce, citation, DEFAULT_LEGAL_BASES, type ViolationType } from '@ecocloud/standards';
import type { sourcesReads } from '../../sources';
import { chineseDate, type DocumentBlock } from './document-model';
import { VIOLATION_TEXT } from './violation-text';

/** What every document of a case is written from. */
export interface DocumentContext {
  c: CaseDetail;
  party: sourcesReads.EnterpriseParty;
  /** The handling organisation's name: the issuing authority. */
  authority: string;
  /** Today in Shanghai (the date of a document whose step is not recorded yet). */
  today: string;
}

type CaseEvent = CaseDetail['events'][number];

/** The first event of a kind, if recorded. */
export const eventOf = (c: CaseDetail, kind: string): CaseEvent | undefined => c.events.find((e) => e.kind === kind);

/** The day of the step a document records, or today for a document drafted ahead of it. */
export const dayOf = (ctx: DocumentContext, kind: string): string => eventOf(ctx.c, kind)?.date ?? ctx.today;

/** The party as documents open with it: name, credit code, and address and representative where registered. */
export function partyFields(ctx: DocumentContext): [string, string][] {
  const p = ctx.party;
  return [
    ['当事人', p.name],
    ['统一社会信用代码', p.uscc],
    ...(p.address ? [['地址', p.address] as [string, string]] : []),
    ...(p.legalRepresentative ? [['法定代表人', p.legalRepresentative] as [string, string]] : []),
  ];
}

/** The party block of a letter: 当事人：…, one line each. */
export const partyBlock = (ctx: DocumentContext): DocumentBlock => ({
  kind: 'lines',
  lines: partyFields(ctx).map(([label, value]) => `${label}：${value}`),
});

/** 2026年10月20日, or 2026年10月20日至2026年10月25日 for a continuing act. */
export const actPeriod = (c: CaseDetail): string =>
  c.actEndDate && c.actEndDate !== c.actDate
    ? `${chineseDate(c.actDate)}至${chineseDate(c.actEndDate)}`
    : chineseDate(c.actDate);

/** The facts as the officer wrote them, or the act and its day when none were written. */
export const factsText = (c: CaseDetail): string =>
  c.facts.trim() || `${actPeriod(c)}，你单位存在${VIOLATION_TEXT[c.violation]}的行为。`;

/**
 * The evidence the case record names: the online data of a lead, monitoring reports, hearing and
 * re-inspection records (each with its day). Nothing is invented: without any, the file's materials.
 */
export function evidenceList(c: CaseDetail): string[] {
  const out: string[] = [];
  if (c.leadId) out.push('污染源自动监控（在线监测）数据及线索核查记录');
  for (const e of c.events) {
    const note = e.note ? `：${e.note}` : '';
    if (e.kind === 'monitoring_report') out.push(`监测报告（${chineseDate(e.date)}）${note}`);
    if (e.kind === 'reinspected') out.push(`复查记录（${chineseDate(e.date)}）${note}`);
    if (e.kind === 'heard') out.push(`听证笔录（${chineseDate(e.date)}）`);
  }
  return out;
}

/** 以上事实，有…等证据为证。 (the file's materials when the record names none) */
export const evidenceSentence = (c: CaseDetail): string => {
  const list = evidenceList(c);
  return list.length ? `以上事实，有${list.join('、')}等证据为证。` : '以上事实，有案卷所附证据材料为证。';
};

/**
 * The article the case is judged under: the assessed penalty's, or before the assessment the basis in
 * force on the act's (last) day (the order to correct is made before the fine is weighed).
 */
export function basisOf(c: CaseDetail): { id: string; citation: string } | null {
  if (c.penalty) return { id: c.penalty.basis.id, citation: c.penalty.basis.citation };
  const day = c.actEndDate && c.actEndDate > c.actDate ? c.actEndDate : c.actDate;
  const [basis] = basesInForce(DEFAULT_LEGAL_BASES, c.violation as ViolationType, day);
  return basis ? { id: basis.id, citation: citation(basis) } : null;
}

/** Acts judged under the Ecological Environment Code (its bases' ids start with `code-`). */
export const underCode = (c: CaseDetail): boolean => basisOf(c)?.id.startsWith('code-') ?? c.actDate >= '2026-08-15';
