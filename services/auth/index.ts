import type { ServiceModule } from '../kit/context.ts';
import { authRoutes } from './routes.ts';
import { accountRoutes } from './account-routes.ts';
import { mailRoutes } from './mail-routes.ts';
import { ssoRoutes } from './sso-routes.ts';
import { authMigrations } from './migrations.ts';
import { issueResetToken, RESET_QUEUE, type ResetRequest } from './domain/mail-tokens.ts';

/** Sign-up, sign-in (password, or the tenant's identity provider: single sign-on), refresh rotation, MFA, the JWKS, and a user's own password and sessions. Its tables belong to `users`. */
export const authService: ServiceModule = {
  name: 'auth',
  prefixes: ['/auth'],
  migrations: authMigrations,
  routes: (book, ctx) => {
    authRoutes(book, ctx);
    accountRoutes(book, ctx);
    mailRoutes(book, ctx);
    ssoRoutes(book, ctx);
  },
  /** The password-reset worker (requests are queued by POST /auth/password/forgot). */
  start: (ctx) => ctx.queues.process<ResetRequest>(RESET_QUEUE, (job) => issueResetToken(ctx, job.data), { concurrency: 4 }),
};
