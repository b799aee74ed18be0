import { BadRequest, NotFound } from '../kit/errors.ts';
import type { Principal, Role } from '../kit/auth.ts';
import type { UserStore, UserRow } from './store.ts';

/**
 * Sets a user's roles (tenant admins). An admin cannot take admin away from themself, so an
 * academy is never left without the admin who was acting.
 */
export async function setUserRoles(store: UserStore, actor: Principal, tenantId: string, userId: string, roles: Role[]): Promise<UserRow> {
  if (actor.userId === userId && actor.roles.includes('admin') && !roles.includes('admin')) {
    throw BadRequest('You cannot remove your own admin role', 'cannot_demote_self');
  }
  const updated = await store.update(tenantId, userId, { roles });
  if (!updated) throw NotFound('No such user', 'user_not_found');
  return updated;
}

/** A user changes their own display name (certificates already issued keep the name they were issued to). */
export async function renameSelf(store: UserStore, actor: Principal, tenantId: string, name: string): Promise<UserRow> {
  const updated = await store.update(tenantId, actor.userId, { name });
  if (!updated) throw NotFound('No such user', 'user_not_found');
  return updated;
}
