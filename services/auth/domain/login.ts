import { createHash } from 'node:crypto';
import type { Databases } from '../../kit/db/databases.ts';
import { fail, Unauthorized } from '../../kit/errors.ts';
import type { KeyRing } from '../../kit/keyring.ts';
import type { KeyValue } from '../../kit/redis/index.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { UserStore, type UserRow } from '../../users/api.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { CLEARED, FAILURE_MEMORY_SECONDS, LOCK_SECONDS, reserveAttempt, type AttemptState } from './lockout.ts';
import { recoveryCodeHash, verifyTotp } from './mfa.ts';
import { issueTokens, type SessionSettings, type TokenPair } from './sessions.ts';

export interface LoginDeps {
  dbs: Databases;
  keys: KeyRing;
  kv: KeyValue;
  settings: SessionSettings;
}

export interface LoginProps {
  tenant: Tenant;
  email: string;
  password: string;
  totp?: string;
  /** One of the codes issued when MFA was enabled, in place of `totp`. */
  recoveryCode?: string;
}

const invalid = () => Unauthorized('Email or password is wrong', 'invalid_credentials');
const locked = (wait: number) => fail('login_locked', `Too many failed sign-ins; try again in ${wait} s`, { retryAfter: wait });

/**
 * Password (argon2id) then, when enabled, TOTP or a recovery code. Each password check is first
 * reserved against the account's failure count (lockout.ts), so concurrency cannot buy extra
 * guesses. Unknown emails get the same answers as known ones — the same hash time, the same
 * slow-down and lock-out (counted in the key-value store) — so login does not tell which
 * accounts exist.
 */
export async function login(deps: LoginDeps, props: LoginProps): Promise<TokenPair> {
  const store = new UserStore(deps.dbs);
  const email = props.email.toLowerCase();
  const id = await store.idByEmail(props.tenant.id, email);
  const user = id ? await store.byId(props.tenant.id, id) : undefined;
  const now = new Date();
  if (!user) {
    await reserveForUnknownEmail(deps.kv, props.tenant.id, email, now);
    await verifyPassword(await decoyHash(), props.password);
    throw invalid();
  }
  await reservePasswordCheck(store, props.tenant.id, user.id, now);
  if (!(await verifyPassword(user.password_hash, props.password))) throw invalid();
  const secondFactor = secondFactorOf(user, props, now);
  return store.transaction(user.id, async (trx) => {
    // The code is spent in the same statement that checks it: of concurrent sign-ins with one
    // code, exactly one wins (the others roll back, their attempt still counted).
    if (secondFactor?.kind === 'totp' && !(await store.claimTotpStep(props.tenant.id, user.id, secondFactor.step, trx))) throw mfaInvalid();
    if (secondFactor?.kind === 'recovery' && !(await store.spendRecoveryCode(props.tenant.id, user.id, secondFactor.hash, trx))) throw mfaInvalid();
    await trx('users').where({ tenant_id: props.tenant.id, id: user.id }).update(toColumns(CLEARED));
    return issueTokens(trx, deps.keys, props.tenant, user, deps.settings);
  });
}

const mfaInvalid = () => Unauthorized('The authenticator code is not valid', 'mfa_invalid');

/** What the password alone does not prove, for an account with MFA: a TOTP step or a recovery code hash. */
function secondFactorOf(user: UserRow, props: LoginProps, now: Date): { kind: 'totp'; step: number } | { kind: 'recovery'; hash: string } | undefined {
  if (!user.mfa_enabled || !user.mfa_secret) return undefined;
  if (props.recoveryCode) return { kind: 'recovery', hash: recoveryCodeHash(props.recoveryCode) };
  if (!props.totp) throw Unauthorized('This account needs a code from its authenticator app', 'mfa_required');
  const step = verifyTotp(user.mfa_secret, props.totp, now.getTime());
  if (step === null) throw mfaInvalid();
  return { kind: 'totp', step };
}

/**
 * Reserves one password check of the account before it runs (lockout.ts), or throws 429 while it
 * must wait. Every route that checks a password goes through here: sign-in, and the account
 * routes a stolen access token could otherwise use to guess it.
 */
export async function reservePasswordCheck(store: UserStore, tenantId: string, userId: string, now = new Date()): Promise<void> {
  const wait = await store.updateLoginAttempts(tenantId, userId, (row) => {
    const r = reserveAttempt({ failures: row.failed_logins, lastFailedAt: row.last_failed_login_at, lockedUntil: row.locked_until }, now);
    if ('wait' in r) return { result: r.wait };
    return { patch: toColumns(r.next), result: 0 };
  });
  if (wait > 0) throw locked(wait);
}

/** The password was right: the attempt reserved for it is given back (and the failure count cleared). */
export async function releasePasswordCheck(store: UserStore, tenantId: string, userId: string): Promise<void> {
  await store.updateLoginAttempts(tenantId, userId, () => ({ patch: toColumns(CLEARED), result: undefined }));
}

function toColumns(s: AttemptState) {
  return { failed_logins: s.failures, last_failed_login_at: s.lastFailedAt, locked_until: s.lockedUntil };
}

/**
 * The same schedule for an email that has no account, kept in the key-value store: without it,
 * "429 login_locked" after a few tries would tell that an account exists. No password is checked
 * here, so a lost race only miscounts a decoy.
 */
async function reserveForUnknownEmail(kv: KeyValue, tenantId: string, email: string, now: Date): Promise<void> {
  const key = `login:unknown:${tenantId}:${createHash('sha256').update(email).digest('hex')}`;
  const raw = await kv.get(key);
  const state: AttemptState = raw ? reviveState(JSON.parse(raw)) : CLEARED;
  const r = reserveAttempt(state, now);
  if ('wait' in r) throw locked(r.wait);
  await kv.set(key, JSON.stringify(r.next), (FAILURE_MEMORY_SECONDS + LOCK_SECONDS) * 1000);
}

function reviveState(s: { failures: number; lastFailedAt: string | null; lockedUntil: string | null }): AttemptState {
  return { failures: s.failures, lastFailedAt: s.lastFailedAt ? new Date(s.lastFailedAt) : null, lockedUntil: s.lockedUntil ? new Date(s.lockedUntil) : null };
}
