import { BadRequest, fail, NotFound, Unauthorized, ValidationError } from '../../kit/errors.ts';
import { releasePasswordCheck, reservePasswordCheck } from './login.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { UserRow, UserStore } from '../../users/api.ts';
import { mfaCleared } from '../../users/api.ts';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, verifyTotp } from './mfa.ts';
import { verifyPassword } from './passwords.ts';

/**
 * TOTP enrolment and removal. Both need the password: an access token alone (a stolen one) must
 * not be able to put the account behind the thief's authenticator (issue #8). Enabling issues
 * recovery codes, shown once; an admin can reset a user's MFA (users service).
 */
async function userWithPassword(store: UserStore, tenant: Tenant, userId: string, password: string): Promise<UserRow> {
  const user = await store.byId(tenant.id, userId);
  if (!user) throw NotFound('No such user', 'user_not_found');
  // Counted like a sign-in (lockout.ts): a stolen access token cannot be used to guess the password here either.
  await reservePasswordCheck(store, tenant.id, user.id);
  if (!(await verifyPassword(user.password_hash, password))) {
    throw fail('current_password_wrong', 'password: is not your current password', { errors: [{ field: 'password', message: 'is not your current password' }] });
  }
  await releasePasswordCheck(store, tenant.id, user.id);
  return user;
}

/** Starts enrolment: a new secret, pending until a code from it is shown to `enableMfa`. */
export async function startMfaSetup(store: UserStore, tenant: Tenant, userId: string, password: string) {
  const user = await userWithPassword(store, tenant, userId, password);
  if (user.mfa_enabled) throw BadRequest('MFA is already enabled', 'mfa_already_enabled');
  const { secret, otpauthUri } = newTotpSecret(user.email, tenant.name);
  await store.update(tenant.id, user.id, { mfa_pending_secret: secret });
  return { otpauthUri, secret };
}

/** Finishes enrolment with a current code; returns the recovery codes (the only time they are shown). */
export async function enableMfa(store: UserStore, tenant: Tenant, userId: string, totp: string): Promise<{ user: UserRow; recoveryCodes: string[] }> {
  const user = await store.byId(tenant.id, userId);
  if (!user) throw NotFound('No such user', 'user_not_found');
  if (!user.mfa_pending_secret) throw BadRequest('Call /auth/mfa/setup first', 'mfa_not_started');
  const step = verifyTotp(user.mfa_pending_secret, totp);
  if (step === null) throw new ValidationError([{ field: 'totp', message: 'is not the current code' }]);
  const recoveryCodes = newRecoveryCodes();
  const updated = await store.update(tenant.id, user.id, {
    mfa_secret: user.mfa_pending_secret,
    mfa_pending_secret: null,
    mfa_enabled: true,
    mfa_last_step: step,
    mfa_recovery_codes: recoveryCodes.map(recoveryCodeHash),
  });
  return { user: updated!, recoveryCodes };
}

/** Turns MFA off: the password and a current code (or a recovery code). */
export async function disableMfa(store: UserStore, tenant: Tenant, userId: string, proof: { password: string; totp?: string; recoveryCode?: string }) {
  const user = await userWithPassword(store, tenant, userId, proof.password);
  if (!user.mfa_enabled || !user.mfa_secret) throw BadRequest('MFA is not enabled', 'mfa_not_enabled');
  const ok = proof.recoveryCode
    ? user.mfa_recovery_codes.includes(recoveryCodeHash(proof.recoveryCode))
    : proof.totp !== undefined && verifyTotp(user.mfa_secret, proof.totp) !== null;
  if (!ok) throw Unauthorized('The authenticator code is not valid', 'mfa_invalid');
  return store.update(tenant.id, user.id, mfaCleared);
}
