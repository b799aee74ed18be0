import type { Knex } from 'knex';
import type { Databases } from '../kit/db/databases.ts';
import { isShardedId } from '../kit/db/ids.ts';
import type { Role } from '../kit/auth.ts';

/** A user row as stored in the user's shard. */
export interface UserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  password_hash: string;
  roles: Role[];
  mfa_secret: string | null;
  mfa_pending_secret: string | null;
  mfa_enabled: boolean;
  mfa_last_step: number | null;
  failed_logins: number;
  last_failed_login_at: Date | null;
  locked_until: Date | null;
  /** SHA-256 hashes of the unused MFA recovery codes. */
  mfa_recovery_codes: string[];
  created_at: Date;
  updated_at: Date;
}

/** The sign-in counters of a user row (their rules: auth/domain/lockout.ts). */
export type LoginAttemptsRow = Pick<UserRow, 'failed_logins' | 'last_failed_login_at' | 'locked_until'>;

/**
 * The users store: the directory on the control database and the rows in each user's shard.
 * Every query takes the tenant id; an id of another tenant reads as missing.
 */
export class UserStore {
  /** With a profile cache, every update drops the user's cached profile in every process. */
  constructor(
    private readonly dbs: Databases,
    private readonly cache?: { invalidate(id: string): Promise<void> },
  ) {}

  /** Directory lookup: email -> user id within a tenant. */
  async idByEmail(tenantId: string, email: string): Promise<string | undefined> {
    const row = await this.dbs.control('user_directory').where({ tenant_id: tenantId, email }).first('user_id');
    return row?.user_id;
  }

  /** Claims an email in the directory; a duplicate is a unique violation (mapped to 409 by the caller). */
  async claimEmail(tenantId: string, email: string, userId: string): Promise<void> {
    await this.dbs.control('user_directory').insert({ tenant_id: tenantId, email, user_id: userId });
  }

  async releaseEmail(tenantId: string, email: string, userId: string): Promise<void> {
    await this.dbs.control('user_directory').where({ tenant_id: tenantId, email, user_id: userId }).delete();
  }

  async insert(row: Pick<UserRow, 'id' | 'tenant_id' | 'email' | 'name' | 'password_hash' | 'roles'>, trx?: Knex.Transaction): Promise<UserRow> {
    const [created] = await (trx ?? this.dbs.primaryFor(row.id))('users').insert(row).returning('*');
    return created;
  }

  /** Reads from the primary: a user's own reads after a write must see it. */
  async byId(tenantId: string, id: string, trx?: Knex.Transaction): Promise<UserRow | undefined> {
    if (!isShardedId(id)) return undefined;
    return (trx ?? this.dbs.primaryFor(id))('users').where({ tenant_id: tenantId, id }).first();
  }

  async update(tenantId: string, id: string, patch: Partial<UserRow>, trx?: Knex.Transaction): Promise<UserRow | undefined> {
    const [row] = await (trx ?? this.dbs.primaryFor(id))('users')
      .where({ tenant_id: tenantId, id })
      .update({ ...patch, updated_at: new Date() })
      .returning('*');
    if (row && this.cache) await this.cache.invalidate(id);
    return row;
  }

  /**
   * Reads the sign-in counters under the row lock and stores what `decide` returns (nothing:
   * unchanged), in one short transaction, so concurrent sign-ins are counted one after another.
   */
  async updateLoginAttempts<T>(
    tenantId: string,
    id: string,
    decide: (row: LoginAttemptsRow) => { patch?: Partial<LoginAttemptsRow>; result: T },
  ): Promise<T> {
    return this.dbs.primaryFor(id).transaction(async (trx) => {
      const row: LoginAttemptsRow = await trx('users').where({ tenant_id: tenantId, id }).forUpdate().first('failed_logins', 'last_failed_login_at', 'locked_until');
      const { patch, result } = decide(row);
      if (patch) await trx('users').where({ tenant_id: tenantId, id }).update(patch);
      return result;
    });
  }

  /**
   * Records the TOTP time step of a sign-in, only if it is newer than the last one used: false
   * when another sign-in already spent this code (atomic: one row update decides).
   */
  async claimTotpStep(tenantId: string, id: string, step: number, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('users')
      .where({ tenant_id: tenantId, id })
      .andWhere((q) => q.whereNull('mfa_last_step').orWhere('mfa_last_step', '<', step))
      .update({ mfa_last_step: step });
    return n === 1;
  }

  /** Spends one recovery code (by its hash): false when it is not (or no longer) one of the user's. */
  async spendRecoveryCode(tenantId: string, id: string, codeHash: string, trx: Knex.Transaction): Promise<boolean> {
    const n = await trx('users')
      .where({ tenant_id: tenantId, id })
      .whereRaw('? = any(mfa_recovery_codes)', [codeHash])
      .update({ mfa_recovery_codes: trx.raw('array_remove(mfa_recovery_codes, ?)', [codeHash]) });
    return n === 1;
  }

  /** Signs the user out everywhere: every live refresh token is revoked (roles changed, MFA reset, password changed). */
  async revokeSessions(tenantId: string, id: string, reason: string, trx?: Knex.Transaction): Promise<number> {
    return (trx ?? this.dbs.primaryFor(id))('refresh_tokens')
      .where({ tenant_id: tenantId, user_id: id })
      .whereNull('revoked_at')
      .update({ revoked_at: new Date(), revoked_reason: reason });
  }

  /**
   * A tenant's users across every shard, by id (ids are time-ordered, so this is sign-up order),
   * after `cursor`: each cluster returns its first `limit`, then the merge keeps the first `limit`.
   */
  async list(tenantId: string, opts: { limit: number; after?: string }): Promise<UserRow[]> {
    const perCluster = await Promise.all(
      this.dbs.clusters().map((c) => {
        const q = c.replica('users').where({ tenant_id: tenantId }).orderBy('id').limit(opts.limit);
        if (opts.after) q.andWhere('id', '>', opts.after);
        return q;
      }),
    );
    return perCluster
      .flat()
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, opts.limit);
  }

  /** Runs fn in a transaction on the shard that holds `id`. */
  transaction<T>(id: string, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.dbs.primaryFor(id).transaction(fn);
  }
}
