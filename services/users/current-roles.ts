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
 */
export function currentRolesFor(ctx: ServiceContext): (tenantId: string, userId: string) => Promise<Role[]> {
  const cache = profileCacheFor(ctx);
  const store = new UserStore(ctx.dbs);
  return async (tenantId, userId) => {
    let view = cache.get(tenantId, userId);
    if (!view) {
      const row = await store.byId(tenantId, userId);
      if (!row) return [];
      view = presentUser(row);
      cache.set(tenantId, view);
    }
    return view.roles as Role[];
  };
}
