import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { NotFound } from '../kit/errors.ts';
import { UserStore } from './store.ts';
import { presentUser, UserSchema } from './presenters.ts';
import { ListUsersQuery, UpdateMeSchema, UpdateUserSchema, UserIdParams } from './schemas.ts';
import { renameSelf, resetUserMfa, setUserRoles } from './domain.ts';
import { profileCacheFor } from './profile-cache.ts';

const PRIVATE = { 'cache-control': 'private, no-store' };

export function usersRoutes(book: RouteBook, ctx: ServiceContext) {
  const cache = profileCacheFor(ctx);
  const store = new UserStore(ctx.dbs, cache);
  const tags = ['users'];

  book.add(
    { method: 'get', path: '/users/me', summary: 'The signed-in user', tags, access: 'user', responses: { 200: { description: 'Me', schema: UserSchema } } },
    ({ auth, tenant }) => {
      // A cached profile answers at once (no promise); a miss reads the user and caches its view.
      const view = cache.get(tenant.id, auth.userId);
      if (view) return { body: view, headers: PRIVATE };
      return store.byId(tenant.id, auth.userId).then((user) => {
        if (!user) throw NotFound('No such user', 'user_not_found');
        const fresh = presentUser(user);
        cache.set(tenant.id, fresh);
        return { body: fresh, headers: PRIVATE };
      });
    },
  );

  book.add(
    {
      method: 'patch', path: '/users/me', summary: 'Change my name', tags, access: 'user', body: UpdateMeSchema,
      responses: { 200: { description: 'Me, updated', schema: UserSchema } },
    },
    async ({ auth, tenant, body }) => ({ body: presentUser(await renameSelf(store, auth, tenant.id, body.name)), headers: { 'cache-control': 'private, no-store' } }),
  );

  book.add(
    {
      method: 'get', path: '/users', summary: "The academy's users (admins), in sign-up order", tags, access: ['admin'], scopes: ['users:read'], query: ListUsersQuery,
      responses: { 200: { description: 'A page', schema: z.object({ items: z.array(UserSchema), nextCursor: z.string().nullable() }) } },
    },
    async ({ tenant, query }) => {
      const rows = await store.list(tenant.id, { limit: query.limit, after: query.cursor });
      return { body: { items: rows.map(presentUser), nextCursor: rows.length === query.limit ? rows[rows.length - 1].id : null } };
    },
  );

  book.add(
    {
      method: 'patch', path: '/users/:id', summary: "Change a user's roles (admins)", tags, access: ['admin'], params: UserIdParams, body: UpdateUserSchema,
      responses: { 200: { description: 'Updated', schema: UserSchema }, 404: { description: 'No such user in this academy' } },
    },
    async ({ auth, tenant, params, body }) => ({ body: presentUser(await setUserRoles(store, auth, tenant.id, params.id, body.roles)) }),
  );

  book.add(
    {
      method: 'post', path: '/users/:id/mfa/reset', summary: "Turn a user's MFA off and sign them out everywhere (admins)", tags, access: ['admin'], params: UserIdParams,
      responses: { 200: { description: 'MFA is off', schema: UserSchema }, 404: { description: 'No such user in this academy' } },
    },
    async ({ tenant, params }) => ({ body: presentUser(await resetUserMfa(store, tenant.id, params.id)) }),
  );
}
