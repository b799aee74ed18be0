import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Migration } from '../kit/db/migrate.ts';
import { migrateShardDatabase } from '../kit/db/migrate.ts';
import { dropCapture, fenceMoved, freeze, installCapture, renewFreeze, unfreeze } from './capture.ts';
import { connectCluster, reachable, tryRunnerLock } from './connect.ts';
import { ownerOfRange, reassignRange, type MapStore, type Range } from './map-store.ts';
import { applyChanges, copyBatch, countRange, deleteRange, pendingChanges } from './rows.ts';
import { activeMoves, createMove, ensureStateTables, loadMove, refreshFlags, saveMove, type MoveRecord } from './state.ts';
import { shardedTables } from './tables.ts';
import { verifyAtSnapshot } from './verify.ts';

export interface MoverOptions {
  readonly mapStore: MapStore;
  /** The services' shard migrations: they name the tables to move and build the target's schema. */
  readonly shardMigrations: Migration[];
  readonly env?: Record<string, string | undefined>;
  /** Rows per copy batch. @default 1000 */
  readonly batchRows?: number;
  /** Captured changes applied per catch-up round. @default 2000 */
  readonly catchUpRows?: number;
  /** Pause between copy batches, to spare a busy source. @default 0 */
  readonly throttleMs?: number;
  /** Catch up until at most this many changes wait, then freeze. @default 200 */
  readonly freezeAtLag?: number;
  /** A freeze lapses this long after the mover last renewed it (a dead mover never freezes a range for long). @default 5000 */
  readonly freezeLeaseMs?: number;
  /** Source rows are deleted this long after cut-over, once every pod reads the new map. @default 300000 */
  readonly graceMs?: number;
  /** Called whenever the move's persisted state changes (status output, the ShardSet status). */
  readonly onProgress?: (move: MoveRecord) => void | Promise<void>;
}

/** How a run ended: finished, paused or aborted on request. Failures throw, leaving the state to resume. */
export type RunOutcome = 'done' | 'paused' | 'aborted';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A move's two clusters, connected. */
interface Sides {
  source: Knex;
  target: Knex;
  sourceUrl: string;
  close(): Promise<void>;
}

async function open(opts: MoverOptions, source: string, target: string): Promise<Sides> {
  const map = await opts.mapStore.read();
  const s = connectCluster(map, source, opts.env);
  const t = connectCluster(map, target, opts.env);
  const sides = { source: s.knex, target: t.knex, sourceUrl: s.url, close: () => Promise.all([s.knex.destroy(), t.knex.destroy()]).then(() => {}) };
  try {
    await reachable(sides.source, source);
    await reachable(sides.target, target);
  } catch (err) {
    await sides.close();
    throw err;
  }
  return sides;
}

/**
 * Starts moving `range` to cluster `to` — or resumes the unfinished move of exactly that range and
 * target — and runs it to the end (or until paused/aborted). Nothing changes on either cluster
 * before both answer and the target holds none of the range's rows.
 */
export async function moveRange(opts: MoverOptions, range: Range, to: string): Promise<{ move: MoveRecord; outcome: RunOutcome }> {
  const map = await opts.mapStore.read();
  const from = ownerOfRange(map, range);
  if (from === to) throw new Error(`logical shards ${range[0]}-${range[1]} are already on ${to}`);
  const sides = await open(opts, from, to);
  let move: MoveRecord;
  try {
    await ensureStateTables(sides.source);
    const [running] = await activeMoves(sides.source, range);
    if (running && !(running.rangeFrom === range[0] && running.rangeTo === range[1] && running.target === to)) {
      throw new Error(`logical shards ${running.rangeFrom}-${running.rangeTo} are already being moved to ${running.target} (move ${running.id}, phase ${running.phase}); one move per range at a time`);
    }
    if (running) {
      move = running;
    } else {
      const tables = await shardedTables(sides.source, opts.shardMigrations);
      await migrateShardDatabase(sides.target, opts.shardMigrations);
      const leftovers = await countRange(sides.target, tables, range);
      if (leftovers) throw new Error(`cluster ${to} already holds ${leftovers} rows of logical shards ${range[0]}-${range[1]}; remove them (an earlier move's leftovers?) before moving the range there`);
      const id = `mv-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      move = await createMove(sides.source, { id, rangeFrom: range[0], rangeTo: range[1], source: from, target: to, tables });
      await installCapture(sides.source, move);
    }
  } finally {
    await sides.close();
  }
  return { move, outcome: await runMove(opts, move.source, move.id) };
}

/** Runs (or resumes) a persisted move from its phase. One process per move: a second one is refused. */
export async function runMove(opts: MoverOptions, sourceCluster: string, id: string): Promise<RunOutcome> {
  const first = await open(opts, sourceCluster, (await loadFrom(opts, sourceCluster, id)).target);
  const lock = await tryRunnerLock(first.sourceUrl, id);
  if (!lock) {
    await first.close();
    throw new Error(`move ${id} is being run by another mover`);
  }
  try {
    const move = (await loadMove(first.source, id))!;
    return await new Run(opts, first, move).drive();
  } catch (err) {
    await saveMove(first.source, { id } as MoveRecord, { error: (err as Error).message }).catch(() => {});
    throw err;
  } finally {
    await lock.release().catch(() => {});
    await first.close();
  }
}

async function loadFrom(opts: MoverOptions, cluster: string, id: string): Promise<MoveRecord> {
  const map = await opts.mapStore.read();
  const { knex } = connectCluster(map, cluster, opts.env);
  try {
    await reachable(knex, cluster);
    const move = await loadMove(knex, id);
    if (!move) throw new Error(`no move ${id} on cluster ${cluster}`);
    return move;
  } finally {
    await knex.destroy();
  }
}

/** One run of the state machine over a move. */
class Run {
  private readonly batch: number;
  private readonly changes: number;
  private readonly lease: number;
  constructor(private readonly opts: MoverOptions, private readonly db: Sides, private move: MoveRecord) {
    this.batch = opts.batchRows ?? 1000;
    this.changes = opts.catchUpRows ?? 2000;
    this.lease = opts.freezeLeaseMs ?? 5000;
  }

  private get range(): Range {
    return [this.move.rangeFrom, this.move.rangeTo];
  }

  private async save(patch: Parameters<typeof saveMove>[2]): Promise<void> {
    await saveMove(this.db.source, this.move, { error: null, ...patch });
    await this.opts.onProgress?.(this.move);
  }

  /** Pause or abort asked for by another process (checked between batches). */
  private async stopRequested(): Promise<RunOutcome | undefined> {
    await refreshFlags(this.db.source, this.move);
    if (this.move.abortRequested && !['cut-over', 'clean-up', 'done'].includes(this.move.phase)) {
      await rollBack(this.db.source, this.db.target, this.move);
      await this.opts.onProgress?.(this.move);
      return 'aborted';
    }
    if (this.move.pauseRequested) {
      await this.save({ pauseRequested: false });
      return 'paused';
    }
    return undefined;
  }

  async drive(): Promise<RunOutcome> {
    if (this.move.phase === 'done' || this.move.phase === 'aborted') return this.move.phase;
    // A capture dropped by nothing but a crash is put back; a crash in the freeze gives the freeze up.
    if (this.move.phase === 'copy' || this.move.phase === 'catch-up' || this.move.phase === 'freeze' || this.move.phase === 'verify') {
      await installCapture(this.db.source, this.move);
      if (this.move.fence === 'frozen') await unfreeze(this.db.source, this.move);
      if (this.move.phase === 'freeze' || this.move.phase === 'verify') await this.save({ phase: 'catch-up' });
    }
    for (;;) {
      const stop = await this.stopRequested();
      if (stop) return stop;
      switch (this.move.phase) {
        case 'copy':
          await this.copy();
          break;
        case 'catch-up':
          await this.catchUp();
          break;
        case 'verify':
          await this.verify();
          break;
        case 'freeze':
          await this.freezeAndCutOver();
          break;
        case 'cut-over':
          await this.cutOver();
          break;
        case 'clean-up':
          if (!(await this.cleanUp())) break;
          return 'done';
        default:
          return this.move.phase as RunOutcome;
      }
    }
  }

  /** One table's next batch per call, so pause/abort are looked at between batches. */
  private async copy(): Promise<void> {
    const table = this.move.tables.find((t) => !this.move.progress[t.name].done);
    if (!table) return this.save({ phase: 'catch-up' });
    const p = this.move.progress[table.name];
    const { cursor, rows } = await copyBatch(this.db.source, this.db.target, table, this.range, p.cursor, this.batch);
    const progress = { ...this.move.progress, [table.name]: { cursor, copied: p.copied + rows, done: rows < this.batch } };
    await this.save({ progress, stats: { ...this.move.stats, rowsCopied: this.move.stats.rowsCopied + rows } });
    if (this.opts.throttleMs) await sleep(this.opts.throttleMs);
  }

  private async catchUp(): Promise<void> {
    const applied = await applyChanges(this.db.source, this.db.target, this.move.id, this.move.tables, this.changes);
    const lag = await pendingChanges(this.db.source, this.move.id);
    const stats = { ...this.move.stats, changesApplied: this.move.stats.changesApplied + applied, lag };
    // Verified once, the target only ever receives re-read source rows: a given-up freeze goes straight back to freezing.
    await this.save(lag <= (this.opts.freezeAtLag ?? 200) ? { stats, phase: this.move.stats.verified ? 'freeze' : 'verify' } : { stats });
  }

  /**
   * Freezes the range's writes (they wait for the lock, then get 503 + Retry-After) and applies
   * the last captured changes. False when the lease lapsed meanwhile (writes may have slipped in).
   */
  private async freezeAndDrain(): Promise<boolean> {
    await freeze(this.db.source, this.move, this.lease);
    for (;;) {
      const applied = await applyChanges(this.db.source, this.db.target, this.move.id, this.move.tables, this.changes);
      if (!(await renewFreeze(this.db.source, this.move, this.lease))) return false;
      this.move.stats.changesApplied += applied;
      if (!applied) break;
    }
    this.move.stats.lag = 0;
    await this.opts.onProgress?.(this.move);
    return true;
  }

  /**
   * VDiff's way: with the range frozen and caught up, both sides pin a snapshot; writes resume at
   * once and the snapshots are compared (per table, per logical shard: counts and checksums) while
   * the source takes writes again, captured as before. So the freeze costs a catch-up, not a scan
   * of the range. A difference fails the move with the source still authoritative.
   */
  private async verify(): Promise<void> {
    const started = Date.now();
    let frozenMs = 0;
    if (!(await this.freezeAndDrain())) return this.giveUpFreeze();
    const result = await verifyAtSnapshot(this.db.source, this.db.target, this.move.tables, this.range, async () => {
      await unfreeze(this.db.source, this.move);
      frozenMs = Date.now() - started;
    });
    if (result.mismatches.length) {
      await this.save({ phase: 'catch-up' });
      const m = result.mismatches.slice(0, 3).map((x) => `${x.table} shard ${x.shard}: ${x.source.rows} rows on the source, ${x.target.rows} on the target`);
      throw new Error(`verification failed (${result.mismatches.length} table/shard pairs differ: ${m.join('; ')}); the source stays authoritative`);
    }
    await this.save({ phase: 'catch-up', stats: { ...this.move.stats, verified: result.tables, verifyFreezeMs: frozenMs, verifyMs: Date.now() - started } });
  }

  /**
   * The cut-over freeze: caught up under the freeze, the source is fenced for good (only if no
   * change slipped in), then the map names the target; writes of the range are refused until the
   * map is written, and that span is the freeze time reported.
   */
  private async freezeAndCutOver(): Promise<void> {
    const started = Date.now();
    if (!(await this.freezeAndDrain())) return this.giveUpFreeze();
    if (!(await fenceMoved(this.db.source, this.move))) return this.giveUpFreeze();
    await this.opts.mapStore.write(reassignRange(await this.opts.mapStore.read(), this.range, this.move.target));
    await this.save({ phase: 'clean-up', cleanupAfter: new Date(Date.now() + (this.opts.graceMs ?? 300_000)), stats: { ...this.move.stats, freezeMs: Date.now() - started } });
  }

  private async giveUpFreeze(): Promise<void> {
    await unfreeze(this.db.source, this.move);
    await this.save({ phase: 'catch-up', stats: { ...this.move.stats, refreezes: this.move.stats.refreezes + 1 } });
  }

  /** Fenced but the map not written yet (the mover died in between): write it now. */
  private async cutOver(): Promise<void> {
    await this.opts.mapStore.write(reassignRange(await this.opts.mapStore.read(), this.range, this.move.target));
    await this.save({ phase: 'clean-up', cleanupAfter: new Date(Date.now() + (this.opts.graceMs ?? 300_000)) });
  }

  /** After the grace period: the source's copy of the range and the capture go. False while waiting. */
  private async cleanUp(): Promise<boolean> {
    const wait = (this.move.cleanupAfter?.getTime() ?? 0) - Date.now();
    if (wait > 0) {
      await sleep(Math.min(wait, 1000));
      return false;
    }
    await deleteRange(this.db.source, this.move.tables, this.range);
    await dropCapture(this.db.source, this.move);
    await this.save({ phase: 'done' });
    return true;
  }
}

/**
 * Abort before cut-over: the capture goes (which also ends a freeze), the target's partial copy
 * is deleted, and the source — authoritative all along — simply carries on.
 */
export async function rollBack(source: Knex, target: Knex | undefined, move: MoveRecord): Promise<void> {
  if (['cut-over', 'clean-up', 'done'].includes(move.phase)) throw new Error(`move ${move.id} is past cut-over (${move.phase}); move the range back instead`);
  await dropCapture(source, move);
  await unfreeze(source, move);
  let note: string | null = null;
  if (target) {
    try {
      await deleteRange(target, move.tables, [move.rangeFrom, move.rangeTo]);
    } catch (err) {
      note = `aborted; the target's partial copy could not be deleted: ${(err as Error).message}`;
    }
  }
  await saveMove(source, move, { phase: 'aborted', error: note });
}
