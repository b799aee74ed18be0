import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import type { Databases } from '../../kit/db/databases.ts';
import { newId, shardOfId, isShardedId } from '../../kit/db/ids.ts';
import { Unauthorized } from '../../kit/errors.ts';
import type { KeyRing } from '../../kit/keyring.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { UserStore, type UserRow } from '../../users/api.ts';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  tokenType: 'Bearer';
}

export interface SessionSettings {
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** `<id>.<secret>`: the id (carrying the user's shard) finds the row; only the secret's hash is stored. */
function mintRefreshToken(userId: string): { id: string; token: string; hash: string } {
  const id = newId(shardOfId(userId));
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${id}.${secret}`, hash: sha256(secret) };
}

/** A refresh token's parts; one whose id names no shard of the current map is as invalid as a forged one. */
function parseRefreshToken(dbs: Databases | undefined, token: string): { id: string; secret: string } {
  const dot = token.indexOf('.');
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 0 || !isShardedId(id) || (dbs && !dbs.owns(id)) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) {
    throw Unauthorized('The refresh token is not valid', 'refresh_token_invalid');
  }
  return { id, secret };
}

/**
 * Issues an access token and a new refresh token (a new family unless one is given), within
 * the caller's transaction on the user's shard.
 */
export async function issueTokens(
  trx: Knex | Knex.Transaction,
  keys: KeyRing,
  tenant: Tenant,
  user: Pick<UserRow, 'id' | 'roles'>,
  settings: SessionSettings,
  familyId?: string,
): Promise<TokenPair> {
  const refresh = mintRefreshToken(user.id);
  await trx('refresh_tokens').insert({
    id: refresh.id,
    tenant_id: tenant.id,
    user_id: user.id,
    family_id: familyId ?? refresh.id,
    token_hash: refresh.hash,
    expires_at: new Date(Date.now() + settings.refreshTtlSeconds * 1000),
  });
  const accessToken = await keys.sign({ sub: user.id, tid: tenant.id, ten: tenant.slug, roles: user.roles });
  return { accessToken, refreshToken: refresh.token, expiresIn: settings.accessTtlSeconds, tokenType: 'Bearer' };
}

type RotateResult = { ok: true; pair: TokenPair } | { ok: false };

/** The stored hash matches the presented secret (constant time). */
function secretMatches(row: { token_hash: string }, secret: string): boolean {
  return timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(sha256(secret)));
}

/** Revokes every live token of a family (reuse detected, or logout). */
async function revokeFamilyRows(db: Knex | Knex.Transaction, tenantId: string, familyId: string, reason: 'reuse_detected' | 'logout') {
  await db('refresh_tokens')
    .where({ family_id: familyId, tenant_id: tenantId })
    .whereNull('revoked_at')
    .update({ revoked_at: new Date(), revoked_reason: reason });
}

/**
 * Spends a refresh token and returns a new pair in the same family. A token presented a second
 * time means it leaked: the whole family is revoked (the transaction commits that) and the
 * caller answers 401.
 */
export async function rotateRefreshToken(
  dbs: Databases,
  keys: KeyRing,
  tenant: Tenant,
  token: string,
  settings: SessionSettings,
): Promise<TokenPair> {
  const { id, secret } = parseRefreshToken(dbs, token);
  const result = await dbs.primaryFor(id).transaction(async (trx): Promise<RotateResult> => {
    const row = await trx('refresh_tokens').where({ id, tenant_id: tenant.id }).forUpdate().first();
    if (!row || !secretMatches(row, secret)) {
      throw Unauthorized('The refresh token is not valid', 'refresh_token_invalid');
    }
    if (row.used_at || row.revoked_at) {
      await revokeFamilyRows(trx, tenant.id, row.family_id, 'reuse_detected');
      return { ok: false };
    }
    if (new Date(row.expires_at).getTime() <= Date.now()) {
      throw Unauthorized('The refresh token has expired', 'refresh_token_expired');
    }
    const user = await new UserStore(dbs).byId(tenant.id, row.user_id, trx);
    if (!user) throw Unauthorized('The refresh token is not valid', 'refresh_token_invalid');
    await trx('refresh_tokens').where({ id }).update({ used_at: new Date() });
    return { ok: true, pair: await issueTokens(trx, keys, tenant, user, settings, row.family_id) };
  });
  if (!result.ok) {
    throw Unauthorized('This refresh token was already used; every session of its family is now signed out', 'refresh_token_reused');
  }
  return result.pair;
}

/** Revokes the family a refresh token belongs to (logout). Unknown tokens are ignored: logout is idempotent. */
export async function revokeFamily(dbs: Databases, tenant: Tenant, token: string): Promise<void> {
  let parsed: { id: string; secret: string };
  try {
    parsed = parseRefreshToken(dbs, token);
  } catch {
    return;
  }
  const db = dbs.primaryFor(parsed.id);
  const row = await db('refresh_tokens').where({ id: parsed.id, tenant_id: tenant.id }).first('family_id', 'token_hash');
  if (!row || !secretMatches(row, parsed.secret)) return;
  await revokeFamilyRows(db, tenant.id, row.family_id, 'logout');
}

/**
 * The family of `token` when it is a live refresh token of this user (secret matches, not spent,
 * not revoked, not expired); undefined otherwise. Names "this device" for the account routes that
 * sign out every other one. Runs on the user's shard (`db` may be the caller's transaction).
 */
export async function liveFamilyOf(db: Knex | Knex.Transaction, tenantId: string, userId: string, token: string): Promise<string | undefined> {
  let parsed: { id: string; secret: string };
  try {
    // Read on the user's own shard (the caller's transaction): no routing, so no map check needed.
    parsed = parseRefreshToken(undefined, token);
  } catch {
    return undefined;
  }
  const row = await db('refresh_tokens').where({ id: parsed.id, tenant_id: tenantId, user_id: userId }).first('family_id', 'token_hash', 'used_at', 'revoked_at', 'expires_at');
  if (!row || !secretMatches(row, parsed.secret) || row.used_at || row.revoked_at) return undefined;
  return new Date(row.expires_at).getTime() > Date.now() ? row.family_id : undefined;
}

/**
 * Revokes every live refresh-token family of a user except `keepFamilyId` (none kept when
 * undefined); returns how many live sessions (families) it ended. Access tokens already issued stay valid until
 * they expire (15 minutes): they are not looked up per request.
 */
export async function revokeOtherFamilies(
  db: Knex | Knex.Transaction,
  tenantId: string,
  userId: string,
  keepFamilyId: string | undefined,
  reason: 'password_changed' | 'signed_out_elsewhere',
): Promise<number> {
  const q = db('refresh_tokens').where({ tenant_id: tenantId, user_id: userId }).whereNull('revoked_at');
  if (keepFamilyId) q.whereNot({ family_id: keepFamilyId });
  const now = new Date();
  const ended: { family_id: string; used_at: Date | null; expires_at: Date }[] = await q
    .update({ revoked_at: now, revoked_reason: reason })
    .returning(['family_id', 'used_at', 'expires_at']);
  // A session is a family whose newest token could still be spent; spent and expired rows are history.
  return new Set(ended.filter((r) => !r.used_at && new Date(r.expires_at) > now).map((r) => r.family_id)).size;
}
