import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { authRateLimit } from '../kit/rate-limit.ts';
import { forgotPassword, resetPassword, verifyEmail } from './domain/mail-tokens.ts';

const Token = z.string().min(10).max(200).describe('The token from the mailed link');
const Accepted = z.object({ status: z.literal('accepted') });

/** Password reset and email verification: the identity flows that go through mail (docs/commerce.md). */
export function mailRoutes(book: RouteBook, ctx: ServiceContext) {
  const strict = [authRateLimit(ctx.kv, ctx.config.AUTH_RATE_LIMIT_PER_MINUTE)];
  const tags = ['auth'];

  book.add(
    {
      method: 'post', path: '/auth/password/forgot', summary: 'Mail a password reset link (same answer whether or not the address has an account)', tags, access: 'public', before: strict,
      body: z.object({ email: z.email().max(320) }),
      responses: { 202: { description: 'If the address has an account, a link is on its way', schema: Accepted } },
    },
    async ({ tenant, body }) => {
      await forgotPassword(ctx, tenant, body.email);
      return { status: 202, body: { status: 'accepted' as const } };
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/password/reset', summary: 'Set a new password with a mailed reset token (single use; signs out every session)', tags, access: 'public', before: strict,
      body: z.object({ token: Token, password: z.string().min(1).max(1024) }),
      responses: { 204: { description: 'Password changed; every refresh token of the account is revoked' }, 400: { description: 'reset_token_invalid, or the password is not acceptable' } },
      errors: ['reset_token_invalid'],
    },
    async ({ tenant, body }) => {
      await resetPassword(ctx, tenant, body.token, body.password);
    },
  );

  book.add(
    {
      method: 'post', path: '/auth/email/verify', summary: 'Confirm an email address with the mailed verification token', tags, access: 'public', before: strict,
      body: z.object({ token: Token }),
      responses: { 204: { description: 'Verified' }, 400: { description: 'verification_token_invalid' } },
      errors: ['verification_token_invalid'],
    },
    async ({ tenant, body }) => {
      await verifyEmail(ctx, tenant, body.token);
    },
  );
}
