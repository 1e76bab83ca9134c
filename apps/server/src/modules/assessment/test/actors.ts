import type { Actor } from '../../../http/actor';

/** A caller whose data scope is 'all' (the province administrator): the services see every region. */
export const provinceWideActor: Actor = {
  userId: 'test-admin',
  username: 'admin',
  displayName: 'admin',
  orgId: 'test-org',
  orgName: 'test',
  orgPath: '/',
  regionCode: '450000',
  roles: ['admin'],
  permissions: new Set(),
  scope: 'all',
  mustChangePassword: false,
  requestId: 'test',
  ip: null,
};
