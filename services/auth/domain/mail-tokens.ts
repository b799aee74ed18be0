import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { ServiceContext } from '../../kit/context.ts';
import type { Databases } from '../../kit/db/databases.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import { BadRequest } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { UserStore, type UserRow } from '../../users/api.ts';
import { assertAcceptablePassword, hashPassword } from './passwords.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;
export const VERIFY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A token names its shard (the user id's) so it is found without a directory: `<userId>.<secret>`. */
async function issueToken(trx: Knex.Transaction, tenantId: string, userId: string, purpose: 'reset' | 'verify', ttlMs: number) {
  const token = `${userId}.${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + ttlMs);
  await trx('auth_mail_tokens').insert({ id: newId(shardOfId(userId)), tenant_id: tenantId, user_id: userId, purpose, token_hash: sha256(token), expires_at: expiresAt });
  return { token, expiresAt };
}

/** Spends a token once (a conditional UPDATE); the row, or undefined when unknown, used or expired. */
async function spendToken(trx: Knex.Transaction, tenantId: string, token: string, purpose: 'reset' | 'verify') {
  const [row] = await trx('auth_mail_tokens')
    .where({ tenant_id: tenantId, token_hash: sha256(token), purpose })
    .whereNull('used_at')
    .where('expires_at', '>', trx.fn.now())
    .update({ used_at: trx.fn.now() })
    .returning(['user_id']);
  return row as { user_id: string } | undefined;
}

function shardOfToken(dbs: Databases, token: string): Knex | undefined {
  const userId = token.split('.')[0];
  return dbs.owns(userId) ? dbs.primaryFor(userId) : undefined;
}

const link = (ctx: ServiceContext, path: string, token: string) => `${ctx.config.PUBLIC_URL.replace(/\/$/, '')}${path}?token=${encodeURIComponent(token)}`;

/** On sign-up, in the user's insert transaction: the welcome and the verification mail, through the outbox. */
export async function requestVerification(ctx: ServiceContext, trx: Knex.Transaction, tenant: Tenant, user: UserRow, welcome = true) {
  const { token } = await issueToken(trx, tenant.id, user.id, 'verify', VERIFY_TTL_MS);
  if (welcome) await ctx.outbox.emit(trx, { type: 'user.registered', tenantId: tenant.id, data: { userId: user.id, email: user.email, name: user.name } });
  await ctx.outbox.emit(trx, {
    type: 'user.email_verification_requested', tenantId: tenant.id,
    data: { userId: user.id, email: user.email, name: user.name, link: link(ctx, '/verify-email', token) },
  });
}

export async function verifyEmail(ctx: ServiceContext, tenant: Tenant, token: string): Promise<void> {
  const db = shardOfToken(ctx.dbs, token);
  const ok = db && (await db.transaction(async (trx) => {
    const row = await spendToken(trx, tenant.id, token, 'verify');
    if (!row) return false;
    const user = await new UserStore(ctx.dbs).byId(tenant.id, row.user_id, trx);
    if (!user) return false;
    await trx('email_verifications').insert({ tenant_id: tenant.id, user_id: row.user_id, email: user.email }).onConflict(['tenant_id', 'user_id']).merge();
    return true;
  }));
  if (!ok) throw BadRequest('The verification link is not valid or already used', 'verification_token_invalid', { field: 'token' });
}

export async function isEmailVerified(dbs: Databases, tenantId: string, userId: string): Promise<boolean> {
  return Boolean(await dbs.primaryFor(userId)('email_verifications').where({ tenant_id: tenantId, user_id: userId }).first('user_id'));
}

/** The queue of reset requests: the request only enqueues, the auth service's worker does the rest. */
export const RESET_QUEUE = 'auth.password-reset';
export interface ResetRequest { tenantId: string; email: string }

/**
 * Starts a password reset. Known and unknown addresses get the same answer in the same time: the
 * request does one thing for both, it puts the address on the reset queue (durable with Redis)
 * before answering, so a crash after the answer loses nothing. The worker (`issueResetToken`)
 * looks the address up and, for an account, writes the token and its mail event in one transaction.
 */
export async function forgotPassword(ctx: ServiceContext, tenant: Tenant, email: string): Promise<void> {
  await ctx.queues.add<ResetRequest>(RESET_QUEUE, { tenantId: tenant.id, email: email.toLowerCase() });
}

/**
 * The reset queue's worker: an unknown address does nothing. A job retried after its transaction
 * committed (the worker died before acknowledging it) issues a second token and mail; both links
 * work once each, within the hour.
 */
export async function issueResetToken(ctx: ServiceContext, request: ResetRequest): Promise<void> {
  const store = new UserStore(ctx.dbs);
  const id = await store.idByEmail(request.tenantId, request.email);
  const user = id ? await store.byId(request.tenantId, id) : undefined;
  if (!user) return;
  await store.transaction(user.id, async (trx) => {
    const { token, expiresAt } = await issueToken(trx, request.tenantId, user.id, 'reset', RESET_TTL_MS);
    await ctx.outbox.emit(trx, {
      type: 'user.password_reset_requested', tenantId: request.tenantId,
      data: { userId: user.id, email: user.email, name: user.name, link: link(ctx, '/reset-password', token), expiresAt: expiresAt.toISOString() },
    });
  });
}

/** Sets a new password with a reset token (single use, unexpired) and revokes every refresh token of the user. */
export async function resetPassword(ctx: ServiceContext, tenant: Tenant, token: string, password: string): Promise<void> {
  const db = shardOfToken(ctx.dbs, token);
  const store = new UserStore(ctx.dbs);
  const userId = token.split('.')[0];
  const user = db ? await store.byId(tenant.id, userId) : undefined;
  if (user) assertAcceptablePassword(password, user.email);
  const passwordHash = await hashPassword(password);
  const ok = user && (await store.transaction(user.id, async (trx) => {
    const row = await spendToken(trx, tenant.id, token, 'reset');
    if (!row) return false;
    await store.update(tenant.id, user.id, { password_hash: passwordHash }, trx);
    await store.revokeSessions(tenant.id, user.id, 'password_reset', trx);
    return true;
  }));
  if (!ok) throw BadRequest('The reset link is not valid, already used or expired', 'reset_token_invalid', { field: 'token' });
}
