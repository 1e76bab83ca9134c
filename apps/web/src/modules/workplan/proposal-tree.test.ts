import { describe, expect, it } from 'vitest';
import {
  addIndicator,
  allParents,
  foldSummary,
  initiallyOpen,
  countTree,
  deleteIndicator,
  deleteNode,
  editIndicator,
  editNode,
  parseUnitNames,
} from './proposal-tree';
import type { ProposedItem } from './types';

function node(title: string, children: ProposedItem[] = [], level = 1): ProposedItem {
  return {
    level,
    kind: 'task',
    number: '',
    title,
    text: '',
    tags: [],
    regions: [],
    units: [],
    deadline: null,
    indicators: [],
    children,
  };
}

const tree = [node('A', [node('A1', [], 2), node('A2', [], 2)]), node('B')];

describe('proposal tree edits', () => {
  it('edits one node and leaves the input untouched', () => {
    const out = editNode(tree, [0, 1], { title: 'A2 renamed', level: 3, number: '（二）' });
    expect(out[0]?.children[1]).toMatchObject({ title: 'A2 renamed', level: 3, number: '（二）' });
    expect(tree[0]?.children[1]?.title).toBe('A2');
    expect(out[1]).toBe(tree[1]); // untouched branches are shared, not copied
  });

  it('deletes a node with its subtree', () => {
    expect(deleteNode(tree, [0]).map((n) => n.title)).toEqual(['B']);
    expect(deleteNode(tree, [0, 0])[0]?.children.map((n) => n.title)).toEqual(['A2']);
  });

  it('adds, edits and removes indicators', () => {
    let out = addIndicator(tree, [1], 2026);
    expect(out[1]?.indicators[0]).toEqual({
      name: '',
      unit: '',
      direction: 'at_least',
      target: 0,
      deadline: '2026-12-31',
      deadlineSource: 'default',
      sentence: '',
    });
    out = editIndicator(out, [1], 0, { name: '达标率', target: 90, direction: 'at_most' });
    expect(out[1]?.indicators[0]).toMatchObject({ name: '达标率', target: 90, direction: 'at_most' });
    expect(countTree(out)).toEqual({ items: 4, indicators: 1 });
    expect(deleteIndicator(out, [1], 0)[1]?.indicators).toEqual([]);
  });

  it('splits unit names at Chinese and Latin separators', () => {
    expect(parseUnitNames('南宁市生态环境局、 大气环境处，监测中心,')).toEqual([
      '南宁市生态环境局',
      '大气环境处',
      '监测中心',
    ]);
  });
});

/** A plan shaped like the seed: 3 parts, the last with 13 sections of 15 items each (over 200 items). */
function bigPlan(): ProposedItem[] {
  const sections = Array.from({ length: 13 }, (_, s) =>
    node(
      `S${s}`,
      Array.from({ length: 3 }, (_, t) =>
        node(
          `S${s}T${t}`,
          Array.from(
            { length: 4 },
            (_, m) => ({ ...node(`m${m}`, [], 4), deadlineSource: m === 0 ? 'text' : 'default' }) as ProposedItem,
          ),
          3,
        ),
      ),
      2,
    ),
  );
  return [node('一'), node('二', [node('(一)', [], 2)]), node('三', sections)];
}

describe('folding a proposal by section', () => {
  it('opens a small plan entirely', () => {
    expect([...initiallyOpen(tree)]).toEqual(['0']);
  });

  it('opens only the parts of a large plan, each section folded', () => {
    const big = bigPlan();
    expect([...initiallyOpen(big)]).toEqual(['1', '2']);
    expect(allParents(big)).toHaveLength(2 + 13 + 13 * 3);
  });

  it('sums what a folded section hides: items, indicators, deadlines from the text', () => {
    const section = bigPlan()[2]!.children[0]!;
    expect(foldSummary(section)).toEqual({ items: 3 + 12, indicators: 0, dated: 3 });
    const withTargets = addIndicator([section], [0, 0], 2024);
    expect(foldSummary(withTargets[0]!)).toMatchObject({ indicators: 1 });
  });
});
