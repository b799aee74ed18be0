import type { ServiceContext } from '../kit/context.ts';
import type { Role } from '../kit/auth.ts';
import { profileCacheFor } from './profile-cache.ts';
import { presentUser } from './presenters.ts';
import { UserStore } from './store.ts';

/**
 * A user's roles as they are now, for authorization (issue #8: roles that lived only in the token
 * let a demoted admin act as admin until the token expired, and refresh into a new one). Served
 * from the profile cache — a role change drops it here at once and, by pub/sub, in every process;
 * its TTL bounds staleness should a message be lost. A user that does not exist has no roles.
 * The roles themselves when cached, a promise of them otherwise.
 */
export function currentRolesFor(ctx: ServiceContext): (tenantId: string, userId: string) => Role[] | Promise<Role[]> {
  const cache = profileCacheFor(ctx);
  const store = new UserStore(ctx.dbs);
  const load = async (tenantId: string, userId: string): Promise<Role[]> => {
    const row = await store.byId(tenantId, userId);
    if (!row) return [];
    const view = presentUser(row);
    cache.set(tenantId, view);
    return view.roles as Role[];
  };
  // A cached profile answers at once (no promise): this runs on every signed-in request.
  return (tenantId, userId) => (cache.get(tenantId, userId)?.roles as Role[] | undefined) ?? load(tenantId, userId);
}
