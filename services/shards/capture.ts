import type { Knex } from 'knex';
import { CHANGES, MOVES, type MoveRecord } from './state.ts';
import { quoteIdent, shardExpr, type ShardedTable } from './tables.ts';

/** SQLSTATE of a write refused because its logical shard is frozen or has moved (kit/errors.ts maps it to 503). */
export const SHARD_MOVING_SQLSTATE = 'AS503';

const fnName = (move: MoveRecord, table: ShardedTable) => quoteIdent(`academy_mv_${move.id.replace(/[^a-z0-9]/g, '').slice(-12)}_${table.name}`.slice(0, 63));
const trgName = (move: MoveRecord) => quoteIdent(`academy_mv_${move.id.replace(/[^a-z0-9]/g, '').slice(-12)}`);
const lockKey = (move: MoveRecord) => `hashtext('academy-move:${move.id}')`;

function pkJson(table: ShardedTable, rec: 'NEW' | 'OLD'): string {
  return `jsonb_build_array(${table.primaryKey.map((c) => `${rec}.${quoteIdent(c)}`).join(', ')})`;
}

/**
 * Change capture for one table: a BEFORE row trigger that, for rows in the moving range only,
 * (1) takes the move's advisory lock shared, so a freeze waits for writes already running and
 * later ones see it; (2) refuses the write while the range is frozen (within the freeze lease) or
 * after cut-over; (3) logs the row's primary key. The mover re-reads logged rows from the source,
 * so applying a change twice or out of order gives the same result. The mover's own deletes at
 * clean-up set `academy.mover` and pass.
 */
function functionSql(move: MoveRecord, table: ShardedTable): string {
  const key = (rec: string) => shardExpr(table.shardKey, rec);
  const pkChanged = table.primaryKey.map((c) => `OLD.${quoteIdent(c)} is distinct from NEW.${quoteIdent(c)}`).join(' or ');
  return `
create or replace function ${fnName(move, table)}() returns trigger language plpgsql as $fn$
declare
  s int;
  f text;
  u timestamptz;
begin
  if current_setting('academy.mover', true) = 'on' then
    return case when TG_OP = 'DELETE' then OLD else NEW end;
  end if;
  s := case when TG_OP = 'DELETE' then ${key('OLD')} else ${key('NEW')} end;
  if s between ${move.rangeFrom} and ${move.rangeTo} then
    perform pg_advisory_xact_lock_shared(${lockKey(move)});
    select fence, frozen_until into f, u from ${MOVES} where id = '${move.id}';
    if f = 'moved' or (f = 'frozen' and u > clock_timestamp()) then
      raise exception using errcode = '${SHARD_MOVING_SQLSTATE}',
        message = format('logical shard %s is being moved to another cluster: writes are paused', s),
        hint = 'retry in a second';
    end if;
    if TG_OP = 'UPDATE' and (${pkChanged}) then
      insert into ${CHANGES} (move_id, tbl, pk) values ('${move.id}', '${table.name}', ${pkJson(table, 'OLD')});
    end if;
    insert into ${CHANGES} (move_id, tbl, pk)
      values ('${move.id}', '${table.name}', case when TG_OP = 'DELETE' then ${pkJson(table, 'OLD')} else ${pkJson(table, 'NEW')} end);
  end if;
  return case when TG_OP = 'DELETE' then OLD else NEW end;
end
$fn$;`;
}

/**
 * DDL on a table the services write: the table lock it needs is waited for at most briefly, then
 * tried again, so a queue of writers never closes a deadlock cycle through it (see below).
 */
async function briefLockDdl(knex: Knex, sql: string): Promise<void> {
  await withBriefLocks(() =>
    knex.transaction(async (trx) => {
      await trx.raw(`set local lock_timeout = '150ms'`);
      await trx.raw(sql);
    }),
  );
}

/** Retries `fn` while it fails on `lock_timeout` (SQLSTATE 55P03), backing off a little each time. */
async function withBriefLocks<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if ((err as { code?: string }).code !== '55P03' || attempt >= 100) throw err;
      await new Promise((r) => setTimeout(r, Math.min(500, 20 * attempt)));
    }
  }
}

const triggerExists = async (knex: Knex, move: MoveRecord, table: ShardedTable) =>
  (await knex.raw(`select 1 from pg_trigger where tgrelid = to_regclass(?) and tgname = ?`, [table.name, trgName(move).slice(1, -1)])).rows.length > 0;

/**
 * Starts capturing changes of the range on the source, table by table; a resumed mover only adds
 * what is missing (re-creating a trigger would lock the table again for nothing). Copying starts
 * only once every table captures.
 */
export async function installCapture(source: Knex, move: MoveRecord): Promise<void> {
  for (const table of move.tables) {
    await source.raw(functionSql(move, table));
    if (!(await triggerExists(source, move, table))) {
      await briefLockDdl(source, `create trigger ${trgName(move)} before insert or update or delete on ${quoteIdent(table.name)} for each row execute function ${fnName(move, table)}()`);
    }
  }
}

/** Stops capturing: triggers, functions and the move's change log go. Writes to the range then pass unchecked. */
export async function dropCapture(source: Knex, move: MoveRecord): Promise<void> {
  for (const table of [...move.tables].reverse()) {
    if (await triggerExists(source, move, table)) await briefLockDdl(source, `drop trigger if exists ${trgName(move)} on ${quoteIdent(table.name)}`);
    await source.raw(`drop function if exists ${fnName(move, table)}()`);
  }
  await source(CHANGES).where({ move_id: move.id }).delete();
}

/**
 * Runs `fn` in a transaction after taking the move's lock exclusive. The wait is capped by
 * `lock_timeout` (well under `deadlock_timeout`) and retried: while the mover waits, new writers
 * queue behind it, and a writer that holds a row lock another queued writer needs would otherwise
 * close a deadlock cycle that Postgres breaks by killing a writer. Giving up the wait first breaks
 * it at the mover instead.
 */
async function underExclusiveLock<T>(source: Knex, move: MoveRecord, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return withBriefLocks(() =>
    source.transaction(async (trx) => {
      await trx.raw(`set local lock_timeout = '150ms'`);
      await trx.raw(`select pg_advisory_xact_lock(${lockKey(move)})`);
      await trx.raw(`set local lock_timeout = 0`);
      return fn(trx);
    }),
  );
}

/**
 * Freezes writes to the range for `leaseMs`: returns once every write that was already running has
 * committed or rolled back (it holds the lock shared), so none can land after the mover's final
 * catch-up. If the mover dies, the lease lapses and writes resume — captured as before.
 */
export async function freeze(source: Knex, move: MoveRecord, leaseMs: number): Promise<void> {
  await underExclusiveLock(source, move, async (trx) => {
    await trx(MOVES).where({ id: move.id }).update({ fence: 'frozen', frozen_until: trx.raw(`clock_timestamp() + make_interval(secs => ?)`, [leaseMs / 1000]) });
  });
  move.fence = 'frozen';
}

/** Extends the freeze lease; false when it had lapsed already (writes may have slipped in). */
export async function renewFreeze(source: Knex, move: MoveRecord, leaseMs: number): Promise<boolean> {
  const n = await source(MOVES)
    .where({ id: move.id, fence: 'frozen' })
    .whereRaw('frozen_until > clock_timestamp()')
    .update({ frozen_until: source.raw(`clock_timestamp() + make_interval(secs => ?)`, [leaseMs / 1000]) });
  return n > 0;
}

/** Lets writes to the range through again (abort, or a freeze given up). */
export async function unfreeze(source: Knex, move: MoveRecord): Promise<void> {
  await source(MOVES).where({ id: move.id }).update({ fence: 'open', frozen_until: null });
  move.fence = 'open';
}

/**
 * The point of no return: under the exclusive lock (no write of the range in flight), and only if
 * no change is waiting in the log (none slipped in after the final catch-up, e.g. through a lapsed
 * lease), the source refuses the range's writes for good. Returns false when changes are waiting.
 */
export async function fenceMoved(source: Knex, move: MoveRecord): Promise<boolean> {
  return underExclusiveLock(source, move, async (trx) => {
    const pending = await trx(CHANGES).where({ move_id: move.id }).first('seq');
    if (pending) return false;
    await trx(MOVES).where({ id: move.id }).update({ fence: 'moved', frozen_until: null, phase: 'cut-over', updated_at: trx.fn.now() });
    move.fence = 'moved';
    move.phase = 'cut-over';
    return true;
  });
}
