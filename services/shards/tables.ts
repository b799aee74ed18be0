import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import type { Migration } from '../kit/db/migrate.ts';

/** A table of the user shards, as the mover sees it. */
export interface ShardedTable {
  readonly name: string;
  /** Primary-key columns, in index order: how a changed row is found again. */
  readonly primaryKey: readonly string[];
  /** The uuid column whose UUIDv7 names the row's logical shard: `user_id` when present, else `id`. */
  readonly shardKey: string;
}

/**
 * The tables the services' shard migrations create, in creation order (parents before children,
 * so copies never break a foreign key), with their primary and shard keys; not the tables a
 * migration declares the cluster's own (`Migration.clusterTables`: the outbox). Found by running the
 * migrations into a scratch schema inside a transaction that is rolled back: the migrations are
 * the one place that knows the shard tables, and a new service's tables are moved without anyone
 * keeping a list.
 */
export async function shardedTables(knex: Knex, migrations: readonly Migration[]): Promise<ShardedTable[]> {
  const schema = `academy_probe_${randomBytes(4).toString('hex')}`;
  const found: ShardedTable[] = [];
  const Rollback = new Error('probe done');
  try {
    await knex.transaction(async (trx) => {
      await trx.raw(`create schema ${schema}`);
      await trx.raw(`set local search_path = ${schema}`);
      for (const m of migrations) await m.up(trx);
      const { rows } = await trx.raw(
        `select c.relname as name, c.oid::int as oid,
                array(select a.attname from unnest(i.indkey) with ordinality k(attnum, n)
                        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.n)::text[] as pk,
                array(select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                        and a.atttypid = 'uuid'::regtype)::text[] as uuid_columns
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           left join pg_index i on i.indrelid = c.oid and i.indisprimary
          where n.nspname = ? and c.relkind = 'r'
          order by c.oid`,
        [schema],
      );
      const clusterTables = new Set(migrations.flatMap((m) => m.clusterTables ?? []));
      for (const r of rows as { name: string; pk: string[] | null; uuid_columns: string[] }[]) {
        if (clusterTables.has(r.name)) continue;
        const shardKey = r.uuid_columns.includes('user_id') ? 'user_id' : r.uuid_columns.includes('id') ? 'id' : undefined;
        if (!shardKey) throw new Error(`shard table ${r.name} has no uuid user_id or id column: the mover cannot tell which logical shard a row belongs to`);
        if (!r.pk?.length) throw new Error(`shard table ${r.name} has no primary key: the mover cannot find a changed row again`);
        found.push({ name: r.name, primaryKey: r.pk, shardKey });
      }
      throw Rollback;
    });
  } catch (err) {
    if (err !== Rollback) throw err;
  }
  return found;
}

/** SQL for the logical shard of a row: bits 12..23 of the UUIDv7's third group (kit/db/ids.ts). */
export function shardExpr(column: string, alias?: string): string {
  const col = alias ? `${alias}.${quoteIdent(column)}` : quoteIdent(column);
  return `('x' || substr(${col}::text, 16, 3))::bit(12)::int`;
}

/** A double-quoted identifier; refuses names that are not plain, since they end up in generated SQL. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}
