import type { Databases } from '../../kit/db/databases.ts';
import { fail, NotFound, ValidationError } from '../../kit/errors.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import { UserStore } from '../../users/api.ts';
import { releasePasswordCheck, reservePasswordCheck } from './login.ts';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords.ts';
import { liveFamilyOf, revokeOtherFamilies } from './sessions.ts';

/**
 * What a signed-in user does to their own account's security: change the password, sign out
 * every other device. "This device" is the session whose refresh token the request carries (body,
 * or the httpOnly cookie with the CSRF header); it stays signed in, every other family is revoked.
 */

export interface AccountProps {
  tenant: Tenant;
  userId: string;
  /** The caller's own refresh token: its session is kept. */
  refreshToken?: string;
}

const notLive = () => new ValidationError([{ field: 'refreshToken', message: 'is not a live session of this account' }]);

/**
 * Changes the password after checking the current one, and revokes the user's other sessions in
 * the same shard transaction (with no refresh token given, all of them). A wrong current password
 * counts as a failed sign-in — so a stolen access token cannot be used to guess the password —
 * and a locked account is refused before the password is checked.
 */
export async function changePassword(dbs: Databases, props: AccountProps & { currentPassword: string; newPassword: string }): Promise<{ revokedSessions: number }> {
  const store = new UserStore(dbs);
  const user = await store.byId(props.tenant.id, props.userId);
  if (!user) throw NotFound('No such user', 'user_not_found');
  await reservePasswordCheck(store, props.tenant.id, user.id);
  if (!(await verifyPassword(user.password_hash, props.currentPassword))) {
    throw fail('current_password_wrong', 'currentPassword: is not your current password', {
      errors: [{ field: 'currentPassword', message: 'is not your current password' }],
    });
  }
  // The password was right: the reserved attempt is given back, whatever else is wrong below.
  await releasePasswordCheck(store, props.tenant.id, user.id);
  assertAcceptablePassword(props.newPassword, user.email, 'newPassword');
  if (props.newPassword === props.currentPassword) throw new ValidationError([{ field: 'newPassword', message: 'must differ from the current password' }]);
  // Hashed before the transaction: argon2 takes tens of milliseconds, the shard connection is not held meanwhile.
  const passwordHash = await hashPassword(props.newPassword);
  return store.transaction(user.id, async (trx) => {
    const keep = props.refreshToken ? await liveFamilyOf(trx, props.tenant.id, user.id, props.refreshToken) : undefined;
    if (props.refreshToken && !keep) throw notLive();
    await store.update(props.tenant.id, user.id, { password_hash: passwordHash }, trx);
    return { revokedSessions: await revokeOtherFamilies(trx, props.tenant.id, user.id, keep, 'password_changed') };
  });
}

/** Revokes every session of the user but the caller's own (whose refresh token is required). */
export async function signOutOtherSessions(dbs: Databases, props: AccountProps): Promise<{ revokedSessions: number }> {
  if (!props.refreshToken) throw new ValidationError([{ field: 'refreshToken', message: 'is required (in the body or the session cookie): it names the session to keep' }]);
  const refreshToken = props.refreshToken;
  return new UserStore(dbs).transaction(props.userId, async (trx) => {
    const keep = await liveFamilyOf(trx, props.tenant.id, props.userId, refreshToken);
    if (!keep) throw notLive();
    return { revokedSessions: await revokeOtherFamilies(trx, props.tenant.id, props.userId, keep, 'signed_out_elsewhere') };
  });
}
