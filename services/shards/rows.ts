import type { Knex } from 'knex';
import { CHANGES } from './state.ts';
import { quoteIdent, shardExpr, type ShardedTable } from './tables.ts';

/**
 * Row movement between two clusters. Rows travel as JSON text produced by `json_agg` on the source
 * and read back with `json_populate_recordset` on the target, so every type (jsonb, arrays,
 * timestamps, doubles) round-trips inside PostgreSQL and never through JavaScript values.
 */

interface Column {
  name: string;
  type: string;
}

const columnCache = new WeakMap<Knex, Map<string, Column[]>>();

/** A table's columns and SQL types, in table order (cached per pool: migrations ran before the move). */
export async function columnsOf(knex: Knex, table: string): Promise<Column[]> {
  let byTable = columnCache.get(knex);
  if (!byTable) columnCache.set(knex, (byTable = new Map()));
  const known = byTable.get(table);
  if (known) return known;
  const { rows } = await knex.raw(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a where a.attrelid = to_regclass(?) and a.attnum > 0 and not a.attisdropped order by a.attnum`,
    [table],
  );
  if (!rows.length) throw new Error(`table ${table} does not exist on this cluster (were the shard migrations applied?)`);
  byTable.set(table, rows);
  return rows;
}

const pkList = (t: ShardedTable, alias?: string) => `(${t.primaryKey.map((c) => (alias ? `${alias}.${quoteIdent(c)}` : quoteIdent(c))).join(', ')})`;
const inRange = (t: ShardedTable, alias?: string) => `${shardExpr(t.shardKey, alias)} between ? and ?`;

/** Primary keys as a set of typed rows from a JSON array of arrays (`[[pk1, pk2], ...]`). */
function pkSet(t: ShardedTable, cols: Column[]): string {
  const types = t.primaryKey.map((k) => cols.find((c) => c.name === k)!.type);
  return `(select ${types.map((ty, i) => `(e->>${i})::${ty}`).join(', ')} from jsonb_array_elements(?::jsonb) e)`;
}

/** Writes rows (JSON text of an array of row objects) into the target: insert, or overwrite by primary key. */
async function upsert(target: Knex, t: ShardedTable, rowsJson: string): Promise<void> {
  const cols = await columnsOf(target, t.name);
  const rest = cols.filter((c) => !t.primaryKey.includes(c.name));
  const onConflict = rest.length ? `do update set ${rest.map((c) => `${quoteIdent(c.name)} = excluded.${quoteIdent(c.name)}`).join(', ')}` : 'do nothing';
  await target.raw(`insert into ${quoteIdent(t.name)} select * from json_populate_recordset(null::${quoteIdent(t.name)}, ?::json) on conflict ${pkList(t)} ${onConflict}`, [rowsJson]);
}

/**
 * Copies the next batch of the range's rows of one table (keyset order by primary key, after
 * `cursor`). Returns the new cursor and the number of rows; zero rows means the table is done.
 * Upserts, so a batch copied again after a crash changes nothing.
 */
export async function copyBatch(source: Knex, target: Knex, t: ShardedTable, range: [number, number], cursor: unknown[] | null, limit: number): Promise<{ cursor: unknown[] | null; rows: number }> {
  const order = t.primaryKey.map((c) => `t.${quoteIdent(c)}`).join(', ');
  const after = cursor ? ` and ${pkList(t)} > (${cursor.map(() => '?').join(', ')})` : '';
  const { rows } = await source.raw(
    `select json_agg(t order by ${order})::text as rows, count(*)::int as n,
            (array_agg(json_build_array(${order})::text order by ${order}))[count(*)] as last
       from (select * from ${quoteIdent(t.name)} where ${inRange(t)}${after} order by ${pkList(t).slice(1, -1)} limit ?) t`,
    [...range, ...((cursor ?? []) as Knex.Value[]), limit],
  );
  const { n, last } = rows[0] as { rows: string | null; n: number; last: string | null };
  if (!n) return { cursor, rows: 0 };
  await upsert(target, t, rows[0].rows);
  return { cursor: JSON.parse(last!), rows: n };
}

/**
 * Applies the next batch of captured changes: the rows they name are read again from the source
 * and written to the target (missing on the source: deleted on the target), then those log
 * entries are dropped. Order-free and idempotent, so a crash between the two steps only repeats
 * work. Returns how many log entries were applied.
 */
export async function applyChanges(source: Knex, target: Knex, moveId: string, tables: readonly ShardedTable[], limit: number): Promise<number> {
  const log = (await source(CHANGES).where({ move_id: moveId }).orderBy('seq').limit(limit).select('seq', 'tbl', 'pk')) as { seq: number; tbl: string; pk: unknown[] }[];
  if (!log.length) return 0;
  const byTable = new Map<string, Map<string, unknown[]>>();
  for (const e of log) {
    let keys = byTable.get(e.tbl);
    if (!keys) byTable.set(e.tbl, (keys = new Map()));
    keys.set(JSON.stringify(e.pk), e.pk);
  }
  const batch = tables.filter((t) => byTable.has(t.name)).map((t) => ({ t, keys: JSON.stringify([...byTable.get(t.name)!.values()]) }));
  const current: { t: ShardedTable; keys: string; rows: string }[] = [];
  for (const { t, keys } of batch) {
    const cols = await columnsOf(source, t.name);
    const { rows } = await source.raw(`select coalesce(json_agg(t), '[]')::text as rows from ${quoteIdent(t.name)} t where ${pkList(t, 't')} in ${pkSet(t, cols)}`, [keys]);
    current.push({ t, keys, rows: rows[0].rows });
  }
  await target.transaction(async (trx) => {
    // Deletes children first, writes parents first: foreign keys hold at every statement.
    for (const { t, keys, rows } of [...current].reverse()) {
      const cols = await columnsOf(target, t.name);
      await trx.raw(
        `delete from ${quoteIdent(t.name)} where ${pkList(t)} in ${pkSet(t, cols)}
            and ${pkList(t)} not in (select ${t.primaryKey.map(quoteIdent).join(', ')} from json_populate_recordset(null::${quoteIdent(t.name)}, ?::json))`,
        [keys, rows],
      );
    }
    for (const { t, rows } of current) if (rows !== '[]') await upsert(trx, t, rows);
  });
  await source(CHANGES).whereIn('seq', log.map((e) => e.seq)).delete();
  return log.length;
}

/** Captured changes not applied yet. */
export async function pendingChanges(source: Knex, moveId: string): Promise<number> {
  const r = await source(CHANGES).where({ move_id: moveId }).count<{ count: number }[]>('* as count');
  return Number(r[0].count);
}

/**
 * Deletes the range's rows of every table (children first), in batches so no statement holds
 * locks for long. On the source this runs after cut-over, past the capture fence (`academy.mover`).
 */
export async function deleteRange(knex: Knex, tables: readonly ShardedTable[], range: [number, number], batch = 5000): Promise<number> {
  let total = 0;
  for (const t of [...tables].reverse()) {
    for (;;) {
      const n = await knex.transaction(async (trx) => {
        await trx.raw(`set local academy.mover = 'on'`);
        const r = await trx.raw(`delete from ${quoteIdent(t.name)} where ctid = any(array(select ctid from ${quoteIdent(t.name)} where ${inRange(t)} limit ?))`, [...range, batch]);
        return r.rowCount as number;
      });
      total += n;
      if (n < batch) break;
    }
  }
  return total;
}

/** Rows of the range on a cluster, over every table (a target must start empty). */
export async function countRange(knex: Knex, tables: readonly ShardedTable[], range: [number, number]): Promise<number> {
  let total = 0;
  for (const t of tables) {
    const { rows } = await knex.raw(`select count(*)::int as n from ${quoteIdent(t.name)} where ${inRange(t)}`, range);
    total += rows[0].n;
  }
  return total;
}
