import type { IndicatorDirection, ProposedIndicator } from '@ecocloud/contracts';
import { findDeadline } from './plan-dates';
import type { Due } from './plan-targets';
import { findUnits, type UnitEntry } from './unit-dictionary';

/**
 * Targets written as a table: a header row naming the columns (指标名称, 单位, 目标值 or 2025年目标,
 * 完成时限, 牵头单位), then one row per target. A row is a line whose cells are separated by tabs
 * (a .docx table row, see `docx/wordml-text.ts`), by `|`, or by two or more spaces.
 */
export type TableColumns = { name: number; target: number; unit?: number; deadline?: number; lead?: number };

export function tableCells(line: string): string[] | null {
  let parts: string[];
  if (line.includes('\t')) parts = line.split('\t');
  else if (line.includes('|')) parts = line.replace(/^\||\|$/g, '').split('|');
  else parts = line.split(/ {2,}|\u3000{1,}/);
  parts = parts.map((p) => p.trim());
  return parts.filter(Boolean).length >= 3 ? parts : null;
}

const col = (cells: string[], re: RegExp) => {
  const i = cells.findIndex((c) => re.test(c));
  return i >= 0 ? i : undefined;
};

/** The columns of a header row, or null when the row is not a targets table's header. */
export function tableHeader(cells: string[]): TableColumns | null {
  const name = col(cells, /^(?:指标|指标名称|目标指标|考核指标|名称|主要指标|任务名称|工作任务)$/);
  const target = col(cells, /目标|^\d{4}年$|指标值/);
  if (name === undefined || target === undefined || name === target) return null;
  const unit = col(cells, /^(?:单位|计量单位)$/);
  const deadline = col(cells, /时限|完成时间|期限/);
  const lead = col(cells, /牵头|责任单位|责任部门/);
  return {
    name,
    target,
    ...(unit !== undefined ? { unit } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(lead !== undefined ? { lead } : {}),
  };
}

const VALUE = /(≥|≤|>|<|不低于|不少于|不高于|不超过)?\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*(以上|以下|以内)?/;

function directionOf(sign: string | undefined, qualifier: string | undefined, name: string): IndicatorDirection {
  if (sign && /≥|>|不低于|不少于/.test(sign)) return 'at_least';
  if (sign && /≤|<|不高于|不超过/.test(sign)) return 'at_most';
  if (qualifier === '以上') return 'at_least';
  if (qualifier === '以下' || qualifier === '以内') return 'at_most';
  return /浓度|排放量|强度/.test(name) ? 'at_most' : 'at_least';
}

/** One table row as a target with the lead units its row names (from the dictionary only). */
export function tableRowTarget(
  cells: string[],
  columns: TableColumns,
  year: number | null,
  fallback: Due | null,
  dictionary: readonly UnitEntry[],
): { indicator: ProposedIndicator; units: string[] } | null {
  const name = cells[columns.name]?.replace(/^\d+[.、．]\s*/, '') ?? '';
  const cell = cells[columns.target] ?? '';
  if (name.length < 2 || cell === '') return null;
  const dueText = columns.deadline !== undefined ? (cells[columns.deadline] ?? '') : '';
  const isoDue = /^\d{4}-\d{2}-\d{2}$/.test(dueText) ? dueText : null;
  const own = isoDue ?? findDeadline(dueText, year) ?? findDeadline(cell, year);
  const due: Due | null = own ? { date: own, source: 'text' } : fallback;
  if (!due) return null;
  const unitCell = columns.unit !== undefined ? (cells[columns.unit] ?? '') : '';
  const base = { name, deadline: due.date, deadlineSource: due.source, sentence: cells.join(' | ') };
  const units = columns.lead !== undefined ? findUnits(cells[columns.lead] ?? '', dictionary) : [];
  const value = VALUE.exec(cell);
  if (/消除|清零/.test(cell) && !value)
    return { indicator: { ...base, unit: unitCell, direction: 'eliminate', target: 0, kind: 'eliminate' }, units };
  if (!value) {
    if (!/完成|建成|印发|出台|实现|通过/.test(cell)) return null;
    return { indicator: { ...base, unit: '%', direction: 'reach', target: 100, kind: 'completion' }, units };
  }
  const unit = unitCell || (value[3] ? '%' : '');
  const indicator: ProposedIndicator = {
    ...base,
    unit: unit === '％' ? '%' : unit,
    direction: directionOf(value[1], value[4], name),
    target: Number(value[2]),
    kind: 'value',
  };
  return { indicator, units };
}
