import type { Knex } from 'knex';
import type { Databases } from '../../kit/db/databases.ts';
import { newId } from '../../kit/db/ids.ts';
import { Conflict } from '../../kit/errors.ts';
import type { KeyRing } from '../../kit/keyring.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { Role } from '../../kit/auth.ts';
import { UserStore, type UserRow } from '../../users/api.ts';
import { assertAcceptablePassword, hashPassword } from './passwords.ts';
import { issueTokens, type SessionSettings, type TokenPair } from './sessions.ts';

export interface RegisterProps {
  tenant: Tenant;
  email: string;
  password: string;
  name: string;
  /** Defaults to learner; only seeds and admins set more. */
  roles?: Role[];
  /** Runs in the user's insert transaction (the verification mail's outbox event). */
  afterInsert?: (trx: Knex.Transaction, user: UserRow) => Promise<void>;
}

/**
 * Creates a learner account: claims the email in the directory (the unique key makes duplicates
 * a 409), writes the user into a freshly picked shard, and signs them in. If the shard write
 * fails the directory claim is released, so nothing is left half-written.
 */
export async function registerUser(
  dbs: Databases,
  keys: KeyRing,
  settings: SessionSettings,
  props: RegisterProps,
): Promise<{ user: UserRow; tokens: TokenPair }> {
  const email = props.email.toLowerCase();
  assertAcceptablePassword(props.password, email);
  const store = new UserStore(dbs);
  if (await store.idByEmail(props.tenant.id, email)) throw Conflict('An account with this email already exists', 'email_taken');
  const passwordHash = await hashPassword(props.password);
  const id = newId(dbs.pickShard());
  try {
    await store.claimEmail(props.tenant.id, email, id);
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw Conflict('An account with this email already exists', 'email_taken');
    throw err;
  }
  try {
    return await store.transaction(id, async (trx) => {
      const user = await store.insert(
        { id, tenant_id: props.tenant.id, email, name: props.name, password_hash: passwordHash, roles: props.roles ?? ['learner'] },
        trx,
      );
      await props.afterInsert?.(trx, user);
      const tokens = await issueTokens(trx, keys, props.tenant, user, settings);
      return { user, tokens };
    });
  } catch (err) {
    await store.releaseEmail(props.tenant.id, email, id);
    throw err;
  }
}
