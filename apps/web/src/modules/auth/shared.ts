// What other modules may use from auth: the session, permission checks, region scope and the password rule.
export { hasPermission } from './api';
export { SESSION_KEY, useKnownSession, useSession } from './hooks/useSession';
export { newPasswordRule } from './password-rule';
export { canSeeRegion, defaultCity } from './region-scope';
