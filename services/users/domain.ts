import { BadRequest, NotFound } from '../kit/errors.ts';
import type { Principal, Role } from '../kit/auth.ts';
import type { UserStore, UserRow } from './store.ts';

/**
 * Sets a user's roles (tenant admins). An admin cannot take admin away from themself, so an
 * academy is never left without the admin who was acting. A change of roles signs the user out
 * everywhere (every refresh token revoked): a demoted user must not refresh into a new token
 * that still names the old roles. Routes authorize by current roles anyway (kit/routes.ts), so
 * the access tokens still alive lose the roles at once.
 */
export async function setUserRoles(store: UserStore, actor: Principal, tenantId: string, userId: string, roles: Role[]): Promise<UserRow> {
  if (actor.userId === userId && actor.roles.includes('admin') && !roles.includes('admin')) {
    throw BadRequest('You cannot remove your own admin role', 'cannot_demote_self');
  }
  const before = await store.byId(tenantId, userId);
  if (!before) throw NotFound('No such user', 'user_not_found');
  const updated = await store.update(tenantId, userId, { roles });
  if (!updated) throw NotFound('No such user', 'user_not_found');
  if (!sameRoles(before.roles, roles)) await store.revokeSessions(tenantId, userId, 'roles_changed');
  return updated;
}

/**
 * An admin turns a user's MFA off (a lost phone and lost recovery codes) and signs them out
 * everywhere; the user signs in with the password and may enrol again.
 */
export async function resetUserMfa(store: UserStore, tenantId: string, userId: string): Promise<UserRow> {
  const updated = await store.update(tenantId, userId, mfaCleared);
  if (!updated) throw NotFound('No such user', 'user_not_found');
  await store.revokeSessions(tenantId, userId, 'mfa_reset');
  return updated;
}

function sameRoles(a: Role[], b: Role[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** The columns of an account without MFA. */
export const mfaCleared: Partial<UserRow> = { mfa_enabled: false, mfa_secret: null, mfa_pending_secret: null, mfa_last_step: null, mfa_recovery_codes: [] };

/** A user changes their own display name (certificates already issued keep the name they were issued to). */
export async function renameSelf(store: UserStore, actor: Principal, tenantId: string, name: string): Promise<UserRow> {
  const updated = await store.update(tenantId, actor.userId, { name });
  if (!updated) throw NotFound('No such user', 'user_not_found');
  return updated;
}
