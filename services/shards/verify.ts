import type { Knex } from 'knex';
import { quoteIdent, shardExpr, type ShardedTable } from './tables.ts';

/** One difference between source and target for a table and a logical shard. */
export interface Mismatch {
  table: string;
  shard: number;
  source: { rows: number; checksum: string };
  target: { rows: number; checksum: string };
}

export interface VerifyResult {
  mismatches: Mismatch[];
  /** Per table: logical shards compared and rows counted on the source. */
  tables: { table: string; shards: number; rows: number }[];
}

type Summary = Map<number, { rows: number; checksum: string }>;

/**
 * Per logical shard: the row count and the sum of each row's md5 (as JSON) over the table — order
 * free, so the two sides need not scan alike. The mover's sessions use UTC, so timestamps print
 * the same on both sides.
 */
async function summarize(knex: Knex, t: ShardedTable, range: [number, number]): Promise<Summary> {
  const shard = shardExpr(t.shardKey, 't');
  const { rows } = await knex.raw(
    `select ${shard} as shard, count(*)::int as rows,
            coalesce(sum(('x' || substr(md5(row_to_json(t)::text), 1, 15))::bit(60)::bigint), 0)::text as checksum
       from ${quoteIdent(t.name)} t where ${shard} between ? and ? group by 1`,
    range,
  );
  return new Map((rows as { shard: number; rows: number; checksum: string }[]).map((r) => [r.shard, { rows: r.rows, checksum: r.checksum }]));
}

/** Compares source and target like Vitess's VDiff: per table, per logical shard, counts and checksums. */
export async function verifyRange(source: Knex, target: Knex, tables: readonly ShardedTable[], range: [number, number]): Promise<VerifyResult> {
  const result: VerifyResult = { mismatches: [], tables: [] };
  const empty = { rows: 0, checksum: '0' };
  for (const t of tables) {
    const [s, d] = await Promise.all([summarize(source, t, range), summarize(target, t, range)]);
    for (const shard of new Set([...s.keys(), ...d.keys()])) {
      const a = s.get(shard) ?? empty;
      const b = d.get(shard) ?? empty;
      if (a.rows !== b.rows || a.checksum !== b.checksum) result.mismatches.push({ table: t.name, shard, source: a, target: b });
    }
    result.tables.push({ table: t.name, shards: s.size, rows: [...s.values()].reduce((n, x) => n + x.rows, 0) });
  }
  return result;
}

/**
 * Compares source and target at pinned snapshots: both read-only REPEATABLE READ transactions take
 * their snapshot, then `pinned` runs (the mover lifts the freeze there) and the comparison reads
 * what the snapshots saw, whatever is written meanwhile.
 */
export async function verifyAtSnapshot(source: Knex, target: Knex, tables: readonly ShardedTable[], range: [number, number], pinned: () => Promise<void>): Promise<VerifyResult> {
  return source.transaction(async (s) => {
    await s.raw('set transaction isolation level repeatable read, read only');
    await s.raw('select 1');
    return target.transaction(async (t) => {
      await t.raw('set transaction isolation level repeatable read, read only');
      await t.raw('select 1');
      await pinned();
      return verifyRange(s, t, tables, range);
    });
  });
}
