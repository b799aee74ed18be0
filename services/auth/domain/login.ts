import type { Databases } from '../../kit/db/databases.ts';
import { AppError, Unauthorized } from '../../kit/errors.ts';
import type { KeyRing } from '../../kit/keyring.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { UserStore, type UserRow } from '../../users/store.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { lockedUntilAfter, secondsLocked } from './lockout.ts';
import { verifyTotp } from './mfa.ts';
import { issueTokens, type SessionSettings, type TokenPair } from './sessions.ts';

export interface LoginProps {
  tenant: Tenant;
  email: string;
  password: string;
  totp?: string;
}

const invalid = () => Unauthorized('Email or password is wrong', 'invalid_credentials');

/**
 * Password (argon2id) then, when enabled, TOTP. Failures count per account and slow it down,
 * then lock it (see lockout.ts); an unknown email costs the same hash time as a known one.
 */
export async function login(dbs: Databases, keys: KeyRing, settings: SessionSettings, props: LoginProps): Promise<TokenPair> {
  const store = new UserStore(dbs);
  const email = props.email.toLowerCase();
  const id = await store.idByEmail(props.tenant.id, email);
  const user = id ? await store.byId(props.tenant.id, id) : undefined;
  if (!user) {
    await verifyPassword(await decoyHash(), props.password);
    throw invalid();
  }
  const now = new Date();
  const wait = secondsLocked(user.locked_until, now);
  if (wait > 0) {
    throw new AppError(429, 'login_locked', `Too many failed sign-ins; try again in ${wait} s`, { retryAfter: wait });
  }
  if (!(await verifyPassword(user.password_hash, props.password))) {
    await recordFailure(store, user, now);
    throw invalid();
  }
  if (user.mfa_enabled && user.mfa_secret) {
    if (!props.totp) throw Unauthorized('This account needs a code from its authenticator app', 'mfa_required');
    const step = verifyTotp(user.mfa_secret, props.totp, now.getTime());
    if (step === null || (user.mfa_last_step !== null && step <= Number(user.mfa_last_step))) {
      await recordFailure(store, user, now);
      throw Unauthorized('The authenticator code is not valid', 'mfa_invalid');
    }
    user.mfa_last_step = step;
  }
  return store.transaction(user.id, async (trx) => {
    await store.update(props.tenant.id, user.id, { failed_logins: 0, locked_until: null, mfa_last_step: user.mfa_last_step }, trx);
    return issueTokens(trx, keys, props.tenant, user, settings);
  });
}

async function recordFailure(store: UserStore, user: UserRow, now: Date) {
  const failures = await store.countLoginFailure(user.tenant_id, user.id);
  await store.update(user.tenant_id, user.id, { locked_until: lockedUntilAfter(failures, now) });
}
