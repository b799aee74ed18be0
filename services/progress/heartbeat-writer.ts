import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';

/** One heartbeat, already validated and clamped. */
export interface Heartbeat {
  tenantId: string;
  userId: string;
  lessonId: string;
  courseId: string;
  positionSeconds: number;
  /** The player's clock, ms. */
  clientTs: number;
  /** The lesson is complete by this heartbeat (explicitly or by watching enough). */
  completed: boolean;
  /** Lessons in the course's published version (carried by a `lesson.completed` event). */
  lessonCount?: number;
}

/** A row a batch wrote, with what the write meant for the learning events. */
export interface WrittenHeartbeat {
  hb: Heartbeat;
  positionSeconds: number;
  /** The progress row was created by this write. */
  started: boolean;
  /** The row existed but had not been written today (UTC). */
  firstToday: boolean;
  justCompleted: boolean;
}

/** Runs in the batch's transaction with the rows it wrote: where the learning events are emitted. */
export type OnWritten = (trx: Knex.Transaction, written: WrittenHeartbeat[]) => Promise<unknown>;

export interface StoredProgress {
  positionSeconds: number;
  clientTs: number;
  completedAt: Date | null;
}

export type HeartbeatOutcome =
  | { kind: 'stored'; progress: StoredProgress; applied: boolean; justCompleted: boolean }
  | { kind: 'not_enrolled' };

interface Pending {
  hb: Heartbeat;
  resolve(o: HeartbeatOutcome): void;
  reject(err: unknown): void;
  retried?: boolean;
  /** Written in a batch of its own: its shared batch was refused because another row's shard is being moved. */
  alone?: boolean;
}

/** A shard move's write fence refused the statement (services/shards/capture.ts). */
const SHARD_MOVING = 'AS503';

interface Lane {
  pending: Pending[];
  inFlight: number;
  /** Rows (learner/lesson) in a batch being written now. */
  busy: Set<string>;
}

const rowKey = (hb: Heartbeat) => `${hb.userId}/${hb.lessonId}`;

const MAX_BATCH = 500;

/** Rows this process wrote recently, remembered to skip the event transaction (below). */
const REMEMBERED_ROWS = 100_000;
/** Clocks of this process and the database may differ by this much around midnight (UTC). */
const CLOCK_SKEW_MS = 60_000;
const utcDay = (ms: number) => Math.floor(ms / 86_400_000);

/**
 * Group commit for the player's heartbeats, per database. A heartbeat is written at once while
 * fewer than `maxInFlight` writes are running on that database; under load the ones that arrive
 * meanwhile go out together as one multi-row upsert when a write finishes. Nothing is
 * acknowledged before its statement commits, so nothing acknowledged can be lost; at low load
 * there is no added wait.
 *
 * The statement only writes rows whose learner is enrolled in the lesson's course, never lets an
 * older heartbeat (by client clock) overwrite a newer one, and never un-completes a lesson.
 */
export class HeartbeatWriter {
  private lanes = new Map<Knex, Lane>();
  /**
   * Row → when this process last stored it, and whether it was complete then: a row stored earlier
   * today yields no event, and a completed one never completes again (the upsert never
   * un-completes), so heartbeats past the completion point stay one statement too.
   */
  private storedAt = new LRUCache<string, { at: number; completed: boolean }>({ max: REMEMBERED_ROWS });

  /** `onWritten`: when given, a batch that may yield a learning event is one transaction with it (events commit with the rows). */
  constructor(
    private readonly maxInFlight: number,
    private readonly onWritten?: OnWritten,
  ) {}

  write(db: Knex, hb: Heartbeat): Promise<HeartbeatOutcome> {
    return new Promise((resolve, reject) => {
      const lane = this.lane(db);
      lane.pending.push({ hb, resolve, reject });
      this.pump(db, lane);
    });
  }

  private lane(db: Knex): Lane {
    let lane = this.lanes.get(db);
    if (!lane) {
      lane = { pending: [], inFlight: 0, busy: new Set() };
      this.lanes.set(db, lane);
    }
    return lane;
  }

  private pump(db: Knex, lane: Lane) {
    while (lane.inFlight < this.maxInFlight && lane.pending.length) {
      // A row already being written waits for the next batch: concurrent batches never touch the
      // same row, so they never queue on each other's row locks.
      const batch: Pending[] = [];
      const waiting: Pending[] = [];
      for (const p of lane.pending) {
        const fits = batch.length < MAX_BATCH && !lane.busy.has(rowKey(p.hb)) && !batch[0]?.alone && !(p.alone && batch.length);
        if (fits) batch.push(p);
        else waiting.push(p);
      }
      if (!batch.length) return;
      lane.pending = waiting;
      const keys = new Set(batch.map((p) => rowKey(p.hb)));
      for (const k of keys) lane.busy.add(k);
      lane.inFlight++;
      this.flush(db, batch)
        .catch((err) => {
          // One learner's shard frozen for a move refuses the whole statement: the others are
          // written again one by one, so only that learner's heartbeats wait out the freeze.
          if ((err as { code?: string }).code === SHARD_MOVING && batch.length > 1) {
            for (const p of batch) p.alone = true;
            lane.pending.unshift(...batch);
          } else batch.forEach((p) => p.reject(err));
        })
        .finally(() => {
          for (const k of keys) lane.busy.delete(k);
          lane.inFlight--;
          this.pump(db, lane);
        });
    }
  }

  private async flush(db: Knex, batch: Pending[]) {
    const groups = groupByRow(batch);
    // One lock order for every batch: concurrent batches touching the same rows wait, never deadlock.
    const merged = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g.merged);
    const params = [
      merged.map((h) => h.userId),
      merged.map((h) => h.lessonId),
      merged.map((h) => h.tenantId),
      merged.map((h) => h.userId),
      merged.map((h) => h.lessonId),
      merged.map((h) => h.courseId),
      merged.map((h) => h.positionSeconds),
      merged.map((h) => h.clientTs),
      merged.map((h) => h.completed),
    ];
    type Written = { user_id: string; lesson_id: string; position_seconds: number; client_ts: number; completed_at: Date | null; just_completed: boolean | null; started: boolean; first_today: boolean | null };
    // A named (prepared) statement: PostgreSQL parses and plans this CTE once per connection, not
    // once per batch (measured: +9-12 % heartbeats/s, docs/benchmarks.md; the database shares the cores).
    const upsert = async (q: Knex | Knex.Transaction): Promise<Written[]> => (await q.raw(UPSERT, params).options({ name: 'heartbeat_upsert' })).rows;
    const writtenOf = (out: Written[]): WrittenHeartbeat[] =>
      out.map((r) => ({
        hb: groups.get(`${r.user_id}/${r.lesson_id}`)!.merged,
        positionSeconds: r.position_seconds,
        started: r.started,
        firstToday: r.first_today === true,
        justCompleted: r.just_completed === true,
      }));
    let rows: Written[];
    if (this.mayEmit(merged)) {
      rows = await db.transaction(async (trx) => {
        const out = await upsert(trx);
        await this.onWritten!(trx, writtenOf(out));
        return out;
      });
    } else {
      rows = await upsert(db);
      // Predicted eventless, yet a row started, was the day's first or completed (it was deleted
      // and made again since this process stored it): its events follow in their own transaction.
      const surprises = rows.filter((r) => r.started || r.first_today === true || r.just_completed === true);
      if (surprises.length && this.onWritten) await db.transaction((trx) => this.onWritten!(trx, writtenOf(surprises)));
    }
    const written = new Map<string, Written>();
    for (const r of rows) written.set(`${r.user_id}/${r.lesson_id}`, r);

    const missing: string[] = [];
    for (const [key, g] of groups) {
      const r = written.get(key);
      if (!r) {
        missing.push(key);
        continue;
      }
      const progress = { positionSeconds: r.position_seconds, clientTs: Number(r.client_ts), completedAt: r.completed_at };
      this.storedAt.set(key, { at: Date.now(), completed: r.completed_at !== null });
      g.items.forEach((p, i) => p.resolve({ kind: 'stored', progress, applied: p.hb.clientTs === progress.clientTs, justCompleted: i === 0 && r.just_completed === true }));
    }
    if (missing.length) await this.explain(db, missing.map((k) => groups.get(k)!));
  }

  /**
   * Whether a batch can yield a learning event (then it is written in a transaction with them). A
   * heartbeat for a row this process stored earlier today (with a margin for clock skew around
   * midnight) can neither start a lesson nor be the day's first, and it completes nothing unless
   * it completes a row that was not complete: the steady stream of heartbeats, also past a
   * video's completion point, stays one statement per batch, as without events.
   */
  private mayEmit(batch: Heartbeat[]): boolean {
    if (!this.onWritten) return false;
    const today = utcDay(Date.now() + CLOCK_SKEW_MS);
    return batch.some((h) => {
      const known = this.storedAt.get(rowKey(h));
      return known === undefined || utcDay(known.at - CLOCK_SKEW_MS) !== today || (h.completed && !known.completed);
    });
  }

  /** Rows the upsert skipped: the learner is not enrolled, or a newer heartbeat is stored. */
  private async explain(db: Knex, groups: { merged: Heartbeat; items: Pending[] }[]) {
    const hbs = groups.map((g) => g.merged);
    const { rows } = await db.raw(EXPLAIN, [hbs.map((h) => h.tenantId), hbs.map((h) => h.userId), hbs.map((h) => h.lessonId), hbs.map((h) => h.courseId)]);
    const byKey = new Map<string, { enrolled: boolean; position_seconds: number | null; client_ts: string | null; completed_at: Date | null }>();
    for (const r of rows) byKey.set(`${r.user_id}/${r.lesson_id}`, r);
    for (const g of groups) {
      const r = byKey.get(`${g.merged.userId}/${g.merged.lessonId}`);
      if (!r?.enrolled) {
        g.items.forEach((p) => p.resolve({ kind: 'not_enrolled' }));
      } else if (r.client_ts === null) {
        // Enrolled between the two statements: write these again, once.
        for (const p of g.items) {
          if (p.retried) p.resolve({ kind: 'not_enrolled' });
          else {
            p.retried = true;
            this.lane(db).pending.push(p);
          }
        }
      } else {
        const progress = { positionSeconds: r.position_seconds!, clientTs: Number(r.client_ts), completedAt: r.completed_at };
        g.items.forEach((p) => p.resolve({ kind: 'stored', progress, applied: false, justCompleted: false }));
      }
    }
  }
}

/**
 * Heartbeats for the same learner and lesson in one batch become one row (one statement may not
 * update a row twice): the newest position, completed if any of them completed.
 */
export function groupByRow(batch: Pending[]): Map<string, { merged: Heartbeat; items: Pending[] }> {
  const groups = new Map<string, { merged: Heartbeat; items: Pending[] }>();
  for (const p of batch) {
    const key = rowKey(p.hb);
    const g = groups.get(key);
    if (!g) groups.set(key, { merged: { ...p.hb }, items: [p] });
    else {
      g.items.push(p);
      const completed = g.merged.completed || p.hb.completed;
      if (p.hb.clientTs > g.merged.clientTs) g.merged = { ...p.hb };
      g.merged.completed = completed;
    }
  }
  return groups;
}

// `old` reads the rows as they were before this statement (one snapshot for every part of it):
// whether a row is new (a lesson started) or first written today (a day of progress).
const UPSERT = `
with old as (
  select p.user_id, p.lesson_id, p.updated_at
    from lesson_progress p
    join unnest(?::uuid[], ?::uuid[]) as k(user_id, lesson_id) on p.user_id = k.user_id and p.lesson_id = k.lesson_id
), up as (
insert into lesson_progress as p (tenant_id, user_id, lesson_id, course_id, position_seconds, client_ts, completed_at, updated_at)
select v.tenant_id, v.user_id, v.lesson_id, v.course_id, v.position_seconds, v.client_ts, case when v.completed then now() end, now()
  from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::float8[], ?::int8[], ?::bool[])
       as v(tenant_id, user_id, lesson_id, course_id, position_seconds, client_ts, completed)
 where exists (select 1 from enrollments e where e.tenant_id = v.tenant_id and e.user_id = v.user_id and e.course_id = v.course_id)
on conflict (user_id, lesson_id) do update set
  position_seconds = case when excluded.client_ts > p.client_ts then excluded.position_seconds else p.position_seconds end,
  client_ts = greatest(p.client_ts, excluded.client_ts),
  completed_at = coalesce(p.completed_at, excluded.completed_at),
  updated_at = now()
 where excluded.client_ts > p.client_ts or (excluded.completed_at is not null and p.completed_at is null)
returning user_id, lesson_id, position_seconds, client_ts, completed_at, (completed_at = now()) as just_completed
)
select up.*, (old.user_id is null) as started, (old.updated_at < date_trunc('day', now() at time zone 'utc') at time zone 'utc') as first_today
  from up left join old on old.user_id = up.user_id and old.lesson_id = up.lesson_id`;

const EXPLAIN = `
select v.user_id, v.lesson_id, (e.id is not null) as enrolled, p.position_seconds, p.client_ts, p.completed_at
  from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[]) as v(tenant_id, user_id, lesson_id, course_id)
  left join enrollments e on e.tenant_id = v.tenant_id and e.user_id = v.user_id and e.course_id = v.course_id
  left join lesson_progress p on p.tenant_id = v.tenant_id and p.user_id = v.user_id and p.lesson_id = v.lesson_id`;
