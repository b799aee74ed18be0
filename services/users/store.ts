import type { Knex } from 'knex';
import type { Databases } from '../kit/db/databases.ts';
import { isShardedId } from '../kit/db/ids.ts';
import type { Role } from '../kit/auth.ts';
import type { ProfileCache } from './profile-cache.ts';

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
  locked_until: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The users store: the directory on the control database and the rows in each user's shard.
 * Every query takes the tenant id; an id of another tenant reads as missing.
 */
export class UserStore {
  /** With a profile cache, every update drops the user's cached profile in every process. */
  constructor(
    private readonly dbs: Databases,
    private readonly cache?: ProfileCache,
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

  /** Adds one failed sign-in atomically (concurrent failures all count); returns the new count. */
  async countLoginFailure(tenantId: string, id: string): Promise<number> {
    const [row] = await this.dbs.primaryFor(id)('users').where({ tenant_id: tenantId, id }).increment('failed_logins', 1).returning('failed_logins');
    return row.failed_logins;
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
