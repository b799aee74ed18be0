import type { Knex } from 'knex';
import type { ShardedTable } from './tables.ts';

/**
 * The phases of a move, in order. Until `cut-over` the source is authoritative: abort (or a crash
 * followed by abort) drops the capture and the target's copy, and nothing written to the source is
 * lost. From `cut-over` on the target is; the move can only finish (or be moved back).
 */
export const PHASES = ['copy', 'catch-up', 'verify', 'freeze', 'cut-over', 'clean-up', 'done', 'aborted'] as const;
export type Phase = (typeof PHASES)[number];

/** What the source's capture triggers enforce for the range: writes pass, wait out a freeze, or are refused for good. */
export type Fence = 'open' | 'frozen' | 'moved';

export interface TableProgress {
  /** Primary key of the last row copied (keyset cursor); null before the first batch. */
  cursor: unknown[] | null;
  copied: number;
  done: boolean;
}

export interface MoveStats {
  rowsCopied: number;
  changesApplied: number;
  /** Changes captured but not applied yet, at the last look. */
  lag: number;
  /** How long writes to the range were refused, in the freeze that led to cut-over (until the map named the target). */
  freezeMs?: number;
  /** How long writes were refused to pin the verification snapshots, and how long the verification took in all. */
  verifyFreezeMs?: number;
  verifyMs?: number;
  /** Freezes given up because writes slipped in (lease lapsed); the move caught up and froze again. */
  refreezes: number;
  verified?: { table: string; shards: number; rows: number }[];
}

/** One move, as persisted in the source cluster (so any mover process can resume it). */
export interface MoveRecord {
  id: string;
  rangeFrom: number;
  rangeTo: number;
  source: string;
  target: string;
  phase: Phase;
  fence: Fence;
  frozenUntil: Date | null;
  tables: ShardedTable[];
  progress: Record<string, TableProgress>;
  stats: MoveStats;
  pauseRequested: boolean;
  abortRequested: boolean;
  error: string | null;
  /** When the source rows may be deleted (cut-over + grace). */
  cleanupAfter: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MOVES = 'academy_shard_moves';
export const CHANGES = 'academy_shard_move_changes';

/** The mover's bookkeeping tables on a source cluster; idempotent. */
export async function ensureStateTables(knex: Knex): Promise<void> {
  await knex.raw(`
    create table if not exists ${MOVES} (
      id text primary key,
      range_from int not null,
      range_to int not null,
      source text not null,
      target text not null,
      phase text not null,
      fence text not null default 'open',
      frozen_until timestamptz,
      tables jsonb not null,
      progress jsonb not null default '{}',
      stats jsonb not null default '{}',
      pause_requested boolean not null default false,
      abort_requested boolean not null default false,
      error text,
      cleanup_after timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table if not exists ${CHANGES} (
      seq bigserial primary key,
      move_id text not null,
      tbl text not null,
      pk jsonb not null
    );
    create index if not exists ${CHANGES}_move on ${CHANGES} (move_id, seq);`);
}

const ACTIVE = `phase not in ('done', 'aborted')`;

function fromRow(r: Record<string, any>): MoveRecord {
  return {
    id: r.id,
    rangeFrom: r.range_from,
    rangeTo: r.range_to,
    source: r.source,
    target: r.target,
    phase: r.phase,
    fence: r.fence,
    frozenUntil: r.frozen_until,
    tables: r.tables,
    progress: r.progress,
    stats: r.stats,
    pauseRequested: r.pause_requested,
    abortRequested: r.abort_requested,
    error: r.error,
    cleanupAfter: r.cleanup_after,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function loadMove(knex: Knex, id: string): Promise<MoveRecord | undefined> {
  const r = await knex(MOVES).where({ id }).first();
  return r ? fromRow(r) : undefined;
}

/** Moves not finished or aborted, overlapping [from, to] (every range when omitted). */
export async function activeMoves(knex: Knex, range?: [number, number]): Promise<MoveRecord[]> {
  const q = knex(MOVES).whereRaw(ACTIVE).orderBy('created_at');
  if (range) q.where('range_from', '<=', range[1]).andWhere('range_to', '>=', range[0]);
  return (await q).map(fromRow);
}

export async function listMoves(knex: Knex, limit = 20): Promise<MoveRecord[]> {
  return (await knex(MOVES).orderBy('created_at', 'desc').limit(limit)).map(fromRow);
}

/**
 * Records a new move unless one overlapping the range is still running: the table lock makes
 * two movers started at once agree on which one gets the range.
 */
export async function createMove(knex: Knex, move: Pick<MoveRecord, 'id' | 'rangeFrom' | 'rangeTo' | 'source' | 'target' | 'tables'>): Promise<MoveRecord> {
  return knex.transaction(async (trx) => {
    await trx.raw(`lock table ${MOVES} in share row exclusive mode`);
    const [busy] = await activeMoves(trx, [move.rangeFrom, move.rangeTo]);
    if (busy) throw new Error(`logical shards ${busy.rangeFrom}-${busy.rangeTo} are already being moved (move ${busy.id}, phase ${busy.phase}); one move per range at a time`);
    const progress = Object.fromEntries(move.tables.map((t) => [t.name, { cursor: null, copied: 0, done: false } satisfies TableProgress]));
    const stats: MoveStats = { rowsCopied: 0, changesApplied: 0, lag: 0, refreezes: 0 };
    const [row] = await trx(MOVES)
      .insert({ id: move.id, range_from: move.rangeFrom, range_to: move.rangeTo, source: move.source, target: move.target, phase: 'copy', tables: JSON.stringify(move.tables), progress: JSON.stringify(progress), stats: JSON.stringify(stats) })
      .returning('*');
    return fromRow(row);
  });
}

/** Writes the parts of a move that changed; `updated_at` doubles as the mover's heartbeat. */
export async function saveMove(knex: Knex, move: MoveRecord, patch: Partial<Pick<MoveRecord, 'phase' | 'progress' | 'stats' | 'error' | 'cleanupAfter' | 'pauseRequested'>>): Promise<MoveRecord> {
  Object.assign(move, patch);
  const row: Record<string, unknown> = { updated_at: knex.fn.now() };
  if (patch.phase) row.phase = patch.phase;
  if (patch.progress) row.progress = JSON.stringify(patch.progress);
  if (patch.stats) row.stats = JSON.stringify(patch.stats);
  if (patch.error !== undefined) row.error = patch.error;
  if (patch.cleanupAfter !== undefined) row.cleanup_after = patch.cleanupAfter;
  if (patch.pauseRequested !== undefined) row.pause_requested = patch.pauseRequested;
  await knex(MOVES).where({ id: move.id }).update(row);
  return move;
}

/** Re-reads the flags another process may set (pause, abort). */
export async function refreshFlags(knex: Knex, move: MoveRecord): Promise<MoveRecord> {
  const r = await knex(MOVES).where({ id: move.id }).first('pause_requested', 'abort_requested');
  if (r) Object.assign(move, { pauseRequested: r.pause_requested, abortRequested: r.abort_requested });
  return move;
}

export async function requestStop(knex: Knex, id: string, what: 'pause' | 'abort'): Promise<boolean> {
  const n = await knex(MOVES).where({ id }).whereRaw(ACTIVE).update(what === 'pause' ? { pause_requested: true } : { abort_requested: true });
  return n > 0;
}
