import { makeUscc } from '@ecocloud/standards';
import type { Agent } from '../../../test/harness';

/** A valid credit code of a region with a serial, so that each test names its own enterprises. */
export const usccOf = (regionCode: string, serial: number) => makeUscc({ regionCode, subject: serial });

/** The same code with a wrong check character, and the character it should have. */
export function corrupted(uscc: string): { code: string; expected: string } {
  const expected = uscc.charAt(17);
  const wrong = expected === '0' ? '1' : '0';
  return { code: `${uscc.slice(0, 17)}${wrong}`, expected };
}

/** Registers an enterprise through the API and returns its body. */
export async function createEnterprise(agent: Agent, overrides: Record<string, unknown> = {}) {
  const res = await agent.request('POST', '/api/v1/sources/enterprises', {
    uscc: usccOf('450103', Math.floor(Math.random() * 90_000_000)),
    name: '南宁测试热电有限公司',
    industryCode: '4411',
    regionCode: '450103',
    category: 'key',
    contacts: [{ name: '王工', title: '环保负责人', phone: '13800000000' }],
    legalRepresentative: '李四',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`create enterprise: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; uscc: string; regulatorOrgId: string };
}
