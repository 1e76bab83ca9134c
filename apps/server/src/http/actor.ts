import type { AnyPermission, DataScope } from '@ecocloud/contracts';

/** Who is calling: resolved once per request from the session, passed to every service. */
export type Actor = Readonly<{
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  /** Materialised path of the actor's organisation, for subtree scope. */
  orgPath: string;
  regionCode: string;
  roles: readonly string[];
  permissions: ReadonlySet<AnyPermission>;
  scope: DataScope;
  /** The password was set by an administrator: only logout, me and change-password answer until it is changed. */
  mustChangePassword: boolean;
  requestId: string;
  ip: string | null;
}>;

/** Route access rule: open to all, any logged-in user, or one permission of the contracts' closed list. */
export type Access = 'public' | 'authenticated' | AnyPermission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}
