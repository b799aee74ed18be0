import cookieParser from 'cookie-parser';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { authRateLimit } from '../kit/rate-limit.ts';
import { ChangePasswordSchema, RevokedSchema, SignOutOthersSchema } from './account-schemas.ts';
import { changePassword, signOutOtherSessions } from './domain/account.ts';
import { refreshTokenOf } from './cookies.ts';

/**
 * A signed-in user's own sessions and password. Under /auth because the web's refresh cookie is
 * scoped to that path: it names the session to keep (with the CSRF header, as for refresh).
 */
export function accountRoutes(book: RouteBook, ctx: ServiceContext) {
  const cookies = cookieParser();
  const tags = ['auth'];

  book.add(
    {
      method: 'post', path: '/auth/password', summary: 'Change my password (needs the current one); signs out my other sessions', tags, access: 'user',
      // A password check: the same per-IP limit as sign-in.
      before: [cookies, authRateLimit(ctx.kv, ctx.config.AUTH_RATE_LIMIT_PER_MINUTE)],
      body: ChangePasswordSchema,
      responses: {
        200: { description: 'Changed', schema: RevokedSchema },
        400: { description: 'validation_failed (newPassword too short, common, your email or unchanged; refreshToken not a live session)' },
        403: { description: 'current_password_wrong (counts as a failed sign-in), csrf_failed' },
        429: { description: 'login_locked' },
      },
    },
    async ({ tenant, auth, req, body }) => ({
      body: await changePassword(ctx.dbs, { tenant, userId: auth.userId, refreshToken: refreshTokenOf(req, body.refreshToken), currentPassword: body.currentPassword, newPassword: body.newPassword }),
    }),
  );

  book.add(
    {
      method: 'post', path: '/auth/logout-others', summary: 'Sign out every other device: revoke all my sessions but this one', tags, access: 'user', before: [cookies],
      body: SignOutOthersSchema,
      responses: {
        200: { description: 'Signed out elsewhere', schema: RevokedSchema },
        400: { description: 'validation_failed: refreshToken missing or not a live session of mine' },
        403: { description: 'csrf_failed' },
      },
    },
    async ({ tenant, auth, req, body }) => ({ body: await signOutOtherSessions(ctx.dbs, { tenant, userId: auth.userId, refreshToken: refreshTokenOf(req, body.refreshToken) }) }),
  );
}
