import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { moveRange, runMove } from '../../services/shards/mover.ts';
import { moveStatus, stopMove } from '../../services/shards/commands.ts';
import { fileMapStore } from '../../services/shards/map-store.ts';
import type { MoveRecord } from '../../services/shards/state.ts';
import { courseForLoad, startMovableAcademy, startWriters, type Acked, type MovableAcademy } from './support.ts';

let academy: MovableAcademy;
let course: Awaited<ReturnType<typeof courseForLoad>>;
let db: { a: pg.Client; b: pg.Client };

beforeAll(async () => {
  academy = await startMovableAcademy();
  course = await courseForLoad(academy.api);
  const connect = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  db = { a: await connect(academy.urls[0]), b: await connect(academy.urls[1]) };
});
let stopWriters: (() => Promise<void>) | undefined;
afterAll(async () => {
  await stopWriters?.();
  await db?.a.end();
  await db?.b.end();
  await academy?.stop();
});

const RANGE: [number, number] = [4, 7];
const inRange = (a: Acked) => a.shard >= RANGE[0] && a.shard <= RANGE[1];
const rowsOfRange = async (c: pg.Client, table: string, key = table === 'users' ? 'id' : 'user_id') =>
  Number((await c.query(`select count(*) from ${table} where ('x' || substr(${key}::text, 16, 3))::bit(12)::int between $1 and $2`, RANGE)).rows[0].count);

/** Every acknowledged write of the learners is on `c`, once. */
async function expectAckedOn(c: pg.Client, acked: Acked[]) {
  for (const a of acked) {
    const hb = await c.query('select client_ts::float8 as client_ts, position_seconds from lesson_progress where user_id = $1 and lesson_id = $2', [a.userId, course.video]);
    if (a.heartbeat) expect(hb.rows[0], `heartbeat of ${a.userId}`).toMatchObject({ client_ts: a.heartbeat.clientTs, position_seconds: a.heartbeat.position });
    const attempts = await c.query('select attempt_no from quiz_attempts where user_id = $1 order by attempt_no', [a.userId]);
    expect(attempts.rows.map((r) => r.attempt_no), `attempts of ${a.userId}`).toEqual([...a.attempts].sort((x, y) => x - y));
    const enrolled = await c.query('select course_id from enrollments where user_id = $1', [a.userId]);
    expect(enrolled.rows.map((r) => r.course_id).sort(), `enrollments of ${a.userId}`).toEqual([...a.enrollments].sort());
    expect((await c.query('select count(*)::int as n from users where id = $1', [a.userId])).rows[0].n).toBe(1);
  }
}

/** A progress callback that "kills" the mover (stops it dead, no clean-up) the first time `when` holds. */
function killWhen(when: (m: MoveRecord) => boolean) {
  let fired = false;
  return (m: MoveRecord) => {
    if (process.env.DEBUG_MOVE) console.log(Date.now() % 100000, m.phase, m.stats);
    if (!fired && when(m)) {
      fired = true;
      throw new Error('killed');
    }
  };
}

describe('moving logical shards between clusters online', () => {
  it('moves a range under steady writes, surviving a kill in copy, in catch-up and in the freeze; nothing acknowledged is lost or applied twice', async () => {
    // Sixteen learners on random shards: none in the moved half would be a 1 in 65,536 chance (with six it was 1 in 64).
    const writers = await startWriters(academy.api, course, 16);
    stopWriters = writers.stop;
    await new Promise((r) => setTimeout(r, 500));
    const opts = academy.moverOptions({ batchRows: 10, throttleMs: 20 });

    // Killed while copying: the map still names a, writes go on there.
    await expect(moveRange({ ...opts, onProgress: killWhen((m) => m.phase === 'copy' && m.stats.rowsCopied > 0) }, RANGE, 'b')).rejects.toThrow(/killed/);
    const [{ moves }] = await moveStatus(fileMapStore(academy.mapFile));
    const move = moves![0];
    expect(move).toMatchObject({ phase: 'copy', rangeFrom: 4, rangeTo: 7, source: 'a', target: 'b' });
    expect(academy.ctx.dbs.cluster(5).name).toBe('a');

    // Resumed, then killed while catching up.
    await expect(runMove({ ...opts, onProgress: killWhen((m) => m.phase === 'catch-up') }, 'a', move.id)).rejects.toThrow(/killed/);
    // Resumed, then killed in the freeze (verifying): writes to the range are refused until the lease lapses, then go on at the source.
    await expect(runMove({ ...opts, onProgress: killWhen((m) => m.fence === 'frozen') }, 'a', move.id)).rejects.toThrow(/killed/);
    const retriedBefore = writers.stats.retried;
    const writesBefore = writers.stats.writes;
    await expect.poll(() => writers.stats.writes - writesBefore, { timeout: 5000 }).toBeGreaterThan(20);
    expect(academy.ctx.dbs.cluster(5).name).toBe('a');

    // Resumed to the end.
    const started = Date.now();
    let last: MoveRecord | undefined;
    const outcome = await runMove({ ...opts, onProgress: (m) => void (last = m) }, 'a', move.id);
    expect(outcome).toBe('done');
    await academy.routed(5, 'b');
    await new Promise((r) => setTimeout(r, 300));
    await writers.stop();

    expect(writers.stats.failed).toEqual([]);
    // The freeze is the range's only: learners of other shards never had to retry.
    expect([...writers.stats.retriedByShard.keys()].filter((s) => s < RANGE[0] || s > RANGE[1])).toEqual([]);
    const movers = writers.acked.filter(inRange);
    expect(movers.length, 'some writers live in the moved range').toBeGreaterThan(0);
    await expectAckedOn(db.b, movers);
    await expectAckedOn(db.a, writers.acked.filter((a) => !inRange(a)));
    for (const t of ['users', 'enrollments', 'lesson_progress', 'quiz_attempts']) expect(await rowsOfRange(db.a, t), `${t} left on the source`).toBe(0);
    expect(last!.stats.verified!.reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(0);
    // Served from the target over HTTP too.
    const learner = movers[0];
    console.log(
      `move ${RANGE.join('-')} a->b: cut-over freeze ${last!.stats.freezeMs} ms, verify freeze ${last!.stats.verifyFreezeMs} ms, ${last!.stats.rowsCopied} rows copied, ${last!.stats.changesApplied} changes caught up, ` +
        `${last!.stats.refreezes} refreezes, last run ${Date.now() - started} ms; ${writers.stats.writes} writes acknowledged, ` +
        `${writers.stats.retried} retried on 503 (${retriedBefore} of them before the final run, around the killed freeze), longest pause a writer saw ${writers.stats.longestPauseMs} ms; ` +
        `retries by logical shard ${JSON.stringify([...writers.stats.retriedByShard].sort())}; ${learner.attempts.length} attempts of one learner`,
    );
  }, 90_000);

  it('pauses and aborts a move mid-copy: the map never changes, the target keeps nothing, the source stays authoritative', async () => {
    const map = readFileSync(academy.mapFile, 'utf8');
    const opts = academy.moverOptions({ batchRows: 2, throttleMs: 100 });
    const store = fileMapStore(academy.mapFile);
    const copying = (run: Promise<unknown>) => expect.poll(async () => (await moveStatus(store)).find((c) => c.cluster === 'b')!.moves!.find((m) => m.phase === 'copy')?.stats.rowsCopied ?? 0, { timeout: 10_000, interval: 100 }).toBeGreaterThan(0).then(() => run);

    const first = moveRange(opts, RANGE, 'a');
    first.catch(() => {}); // awaited below; a failure before then is reported there, not as unhandled
    await copying(Promise.resolve());
    // One move per range: an overlapping one is refused while this one runs.
    await expect(moveRange(opts, [5, 6], 'down')).rejects.toThrow(/unreachable|already being moved/);
    await expect(moveRange(academy.moverOptions(), [5, 6], 'a')).rejects.toThrow(/already being moved to a/);
    expect((await stopMove(store, RANGE, 'pause')).phase).toBe('copy');
    expect((await first).outcome).toBe('paused');

    const resumed = moveRange(opts, RANGE, 'a');
    await new Promise((r) => setTimeout(r, 300));
    const aborted = await stopMove(store, RANGE, 'abort');
    expect(aborted.phase).toBe('aborted');
    expect((await resumed).outcome).toBe('aborted');

    expect(readFileSync(academy.mapFile, 'utf8')).toBe(map);
    for (const t of ['users', 'enrollments', 'lesson_progress', 'quiz_attempts']) expect(await rowsOfRange(db.a, t), `${t} copied to a`).toBe(0);
    expect((await db.b.query(`select count(*)::int as n from pg_trigger where tgname like 'academy_mv_%'`)).rows[0].n).toBe(0);
    // The learners of the range still write to b, unhindered.
    const learner = await (await import('../support/academy.ts')).signUp(academy.api);
    expect(learner.id).toBeTruthy();
  }, 60_000);

  it('moves the range back with the command line, which also reports status and fails clearly on a cluster that is down', async () => {
    const run = promisify(execFile);
    const academyCli = (args: string[]) =>
      run(process.execPath, ['bin/academy.js', 'shards', ...args, '--map', academy.mapFile], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e) => ({ code: e.code as number, out: e.stdout as string, err: e.stderr as string }),
      );
    const before = { a: await rowsOfRange(db.a, 'users'), b: await rowsOfRange(db.b, 'users') };
    const down = await academyCli(['move', '--range', '0-1', '--to', 'down']);
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/cluster down is unreachable/);

    const back = await academyCli(['move', '--range', '4-7', '--to', 'a', '--grace-seconds', '3', '--batch-rows', '50']);
    expect(back.err).toBe('');
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/: done$/m);
    expect(back.out).toMatch(/clean-up .*writes frozen \d+ ms/);
    await academy.routed(5, 'a');
    expect({ a: await rowsOfRange(db.a, 'users'), b: await rowsOfRange(db.b, 'users') }).toEqual({ a: before.b, b: 0 });
    expect(before.a).toBe(0);

    const status = await academyCli(['status']);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/shards 4-7 {2}a -> b {2}done/);
    expect(status.out).toMatch(/shards 4-7 {2}b -> a {2}done/);
    expect(status.out).toMatch(/shards 4-7 {2}b -> a {2}aborted/);
    expect(status.out).toMatch(/down: unreachable/);
  }, 60_000);
});
