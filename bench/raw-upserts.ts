import pg from 'pg';
import type { Figure } from './lib.ts';

/** What bench/learning-server.ts prints: its ports, database, the demo course and lesson, learners' tokens. */
export interface LearningBenchInfo {
  academy: number;
  bare: number;
  databaseUrl: string;
  courseId: string;
  lessonId: string;
  tokens: string[];
}

/**
 * The learners' client clocks across every writer of a bench run (autocannon's and wrk's
 * heartbeats, the raw upserts), so that nothing a bench sends is older than what a learner's row
 * already holds: a stale heartbeat is a different path (the upsert skips it, the writer asks why),
 * rare in real use. Before this, the raw upserts wrote clocks ~30 s ahead and wrk restarted its
 * clocks at every run, so most measured heartbeats were stale (docs/benchmarks.md). Each learner's
 * clock is max(now, its last + 1 ms): it never runs ahead of real time by more than its own
 * heartbeats in the same millisecond.
 */
export class BenchClocks {
  private last = new Map<string, number>();

  next(userId: string): number {
    const t = Math.max(Date.now(), (this.last.get(userId) ?? 0) + 1);
    this.last.set(userId, t);
    return t;
  }

  /** A clock later than every learner's: where a script that counts for itself (wrk) starts. */
  base(): number {
    return Math.max(Date.now(), ...this.last.values()) + 1;
  }

  /** After such a script: each learner's clock is at least `to`. */
  raise(userIds: readonly string[], to: number): void {
    for (const u of userIds) this.last.set(u, Math.max(this.last.get(u) ?? 0, to));
  }
}

/** The learner a bench token signs in (its `sub`). */
export const userOfToken = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub;

/**
 * `connections` loops doing single-row upserts through a `pg.Pool` of `pool`, for `seconds` (the
 * heartbeat benches' reference). `prepared`: the upsert as a named statement (PostgreSQL plans it
 * once per connection), as the academy's heartbeat upsert is: the stronger reference (docs/benchmarks.md).
 */
export async function rawUpserts(info: { databaseUrl: string; courseId: string; lessonId: string; pool: number; connections: number; clocks?: BenchClocks; prepared?: boolean }, seconds: number): Promise<Figure> {
  const clocks = info.clocks ?? new BenchClocks();
  const POOL = info.pool;
  const CONNECTIONS = info.connections;
  const pool = new pg.Pool({ connectionString: info.databaseUrl, max: POOL });
  const rows = (await pool.query('select tenant_id, user_id, course_id from enrollments where course_id = $1', [info.courseId])).rows;
  let done = 0;
  let i = 0;
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const r = rows[i++ % rows.length];
        const t = process.hrtime.bigint();
        await pool.query({
          ...(info.prepared ? { name: 'raw_upsert' } : {}),
          text: RAW_UPSERT,
          values: [r.tenant_id, r.user_id, info.lessonId, r.course_id, i % 100, clocks.next(r.user_id)],
        });
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        done++;
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.floor((latencies.length - 1) * p)] ?? 0);
  return { name: `raw pg single-row upsert (same table, same pool${info.prepared ? ', prepared' : ''})`, requestsPerSec: Math.round(done / seconds), p50Ms: pct(0.5), p99Ms: pct(0.99), non2xx: 0 };
}

/** The reference's statement: the heartbeat's row, one per statement, an older client clock never wins. */
export const RAW_UPSERT = `insert into lesson_progress as p (tenant_id, user_id, lesson_id, course_id, position_seconds, client_ts, updated_at)
  values ($1, $2, $3, $4, $5, $6, now())
  on conflict (user_id, lesson_id) do update set position_seconds = excluded.position_seconds, client_ts = excluded.client_ts, updated_at = now()
  where excluded.client_ts > p.client_ts`;

/**
 * autocannon's writes (bench/ratios.ts, bench/ab.ts): `PUT <port><path>`, the learners in turn,
 * each learner's client clock from the shared clocks; `request` makes learner k's headers and body.
 */
function learnersInTurn(port: number, path: string, info: LearningBenchInfo, request: (k: number, clientTs: number, n: number) => { headers: Record<string, string>; body: string }, clocks: BenchClocks) {
  let n = 0;
  const users = info.tokens.map(userOfToken);
  return {
    url: `http://127.0.0.1:${port}`,
    requests: [
      {
        method: 'PUT' as const,
        path,
        setupRequest: (req: object) => {
          n++;
          const k = n % users.length;
          return { ...req, ...request(k, clocks.next(users[k]!), n) };
        },
      },
    ],
  };
}

/** The player's heartbeats to the academy. */
export function heartbeatTraffic(info: LearningBenchInfo, clocks = new BenchClocks()) {
  return learnersInTurn(info.academy, `/api/v1/progress/lessons/${info.lessonId}`, info, (k, clientTs, n) => ({
    headers: { 'content-type': 'application/json', 'x-tenant': 'demo', authorization: `Bearer ${info.tokens[k]}` },
    body: JSON.stringify({ positionSeconds: n % 100, clientTs }),
  }), clocks);
}

/** The same writes to the bare write route (`PUT /bare-upsert`, bench/bare-route.ts): each one raw upsert. */
export function bareWriteTraffic(info: LearningBenchInfo, clocks: BenchClocks) {
  const users = info.tokens.map(userOfToken);
  return learnersInTurn(info.bare, '/bare-upsert', info, (k, clientTs, n) => ({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: users[k], positionSeconds: n % 100, clientTs }),
  }), clocks);
}
