import type { Org } from '@ecocloud/contracts';
import { describe, expect, it } from 'vitest';
import { buildOrgTree, orgLabel, type OrgTreeNode } from './org-tree';

function org(id: string, parentId: string | null, regionCode: string, name = id): Org {
  return { id, parentId, name, nameEn: null, kind: 'city', regionCode, createdAt: '2024-01-01T00:00:00Z' };
}

function shape(forest: OrgTreeNode[]): unknown[] {
  return forest.map((n) => (n.children.length ? { [n.org.id]: shape(n.children) } : n.org.id));
}

describe('buildOrgTree', () => {
  it('nests children under parents and orders siblings by region code', () => {
    const tree = buildOrgTree([
      org('liuzhou', 'gx', '450200'),
      org('gx', null, '450000'),
      org('nanning', 'gx', '450100'),
      org('xixiangtang', 'nanning', '450107'),
    ]);
    expect(shape(tree)).toEqual([{ gx: [{ nanning: ['xixiangtang'] }, 'liuzhou'] }]);
  });

  it('promotes an org whose parent is out of scope to a root', () => {
    const tree = buildOrgTree([org('nanning', 'gx', '450100'), org('xixiangtang', 'nanning', '450107')]);
    expect(shape(tree)).toEqual([{ nanning: ['xixiangtang'] }]);
  });

  it('does not loop on a parent cycle and keeps every org', () => {
    const tree = buildOrgTree([org('a', 'b', '1'), org('b', 'a', '2')]);
    const count = (f: OrgTreeNode[]): number => f.reduce((s, n) => s + 1 + count(n.children), 0);
    expect(count(tree)).toBe(2);
  });
});

describe('orgLabel', () => {
  it('uses the English name only in English and only when present', () => {
    expect(orgLabel({ name: '南宁市生态环境局', nameEn: 'Nanning Bureau' }, 'en')).toBe('Nanning Bureau');
    expect(orgLabel({ name: '南宁市生态环境局', nameEn: 'Nanning Bureau' }, 'zh-CN')).toBe('南宁市生态环境局');
    expect(orgLabel({ name: '南宁市生态环境局', nameEn: null }, 'en')).toBe('南宁市生态环境局');
  });
});
