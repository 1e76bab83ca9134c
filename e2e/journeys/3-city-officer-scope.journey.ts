import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm } from '../lib/page-helpers';

export const name = 'a city officer sees no users outside their own city';

type Me = { user: { regionCode: string; permissions: string[] } };
type List<T> = { items: T[]; total: number };
type User = { username: string; orgId: string; orgName: string };
type Org = { id: string; regionCode: string };

// Demo users that sit at province level (department, divisions, monitoring centre).
const PROVINCE_USERS = ['admin', 'leader', 'air_officer', 'analyst', 'inspector'];

/**
 * Issue #2, journey 3: nanning_officer either has no Users menu at all, or (city_officer holds
 * users:read for its own subtree) sees only users of Nanning organisations, in the UI and the API.
 */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);
  const me = await apiGet<Me>(page, baseUrl, '/api/v1/auth/me');
  check(me.status === 200, `/auth/me answered ${me.status}`);

  const hasUsersMenu = (await page.getByTestId('menu-users').count()) > 0;
  if (!hasUsersMenu) {
    check(!me.body.user.permissions.includes('users:read'), 'the Users menu is hidden although users:read is granted');
    const users = await apiGet<unknown>(page, baseUrl, '/api/v1/users');
    check(users.status === 403, `without users:read the users API answered ${users.status}`);
    return;
  }

  await page.getByTestId('menu-users').click();
  await page.waitForURL((url) => url.pathname === '/app/users');
  const firstCells = page.locator('[data-testid="users-table"] tbody tr[data-row-key] td:first-child');
  await firstCells.first().waitFor();
  const shown = (await firstCells.allTextContents()).map((s) => s.trim());
  const leaked = shown.filter((u) => PROVINCE_USERS.includes(u));
  check(leaked.length === 0, `province users shown to the city officer: ${leaked.join(', ')}`);
  check(shown.includes('nanning_officer'), `the officer does not see themself; saw ${shown.join(', ')}`);

  // Every user the API returns is outside the province-level set; when the officer may read
  // organisations too, each user's org is in that scope and the scope is Nanning's.
  const users = await apiGet<List<User>>(page, baseUrl, '/api/v1/users?pageSize=200');
  check(users.status === 200, `users API answered ${users.status}`);
  const leakedApi = users.body.items.filter((u) => PROVINCE_USERS.includes(u.username));
  check(leakedApi.length === 0, `users API returned province users: ${leakedApi.map((u) => u.username).join(', ')}`);

  const orgs = await apiGet<List<Org>>(page, baseUrl, '/api/v1/orgs');
  if (orgs.status === 403) return; // no orgs:read: nothing more to compare against
  check(orgs.status === 200, `orgs API answered ${orgs.status}`);
  const cityPrefix = me.body.user.regionCode.slice(0, 4);
  const outside = orgs.body.items.filter((o) => !o.regionCode.startsWith(cityPrefix));
  check(outside.length === 0, `orgs outside ${cityPrefix}xx in scope: ${outside.map((o) => o.regionCode).join(', ')}`);
  const scopeIds = new Set(orgs.body.items.map((o) => o.id));
  const foreign = users.body.items.filter((u) => !scopeIds.has(u.orgId));
  check(
    foreign.length === 0,
    `users of other organisations: ${foreign.map((u) => `${u.username}@${u.orgName}`).join(', ')}`,
  );
}
