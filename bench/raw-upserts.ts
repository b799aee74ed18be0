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

/** `connections` loops doing single-row upserts through a `pg.Pool` of `pool`, for `seconds` (the heartbeat benches' reference). */
export async function rawUpserts(info: { databaseUrl: string; courseId: string; lessonId: string; pool: number; connections: number }, seconds: number): Promise<Figure> {
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
        await pool.query(
          `insert into lesson_progress as p (tenant_id, user_id, lesson_id, course_id, position_seconds, client_ts, updated_at)
           values ($1, $2, $3, $4, $5, $6, now())
           on conflict (user_id, lesson_id) do update set position_seconds = excluded.position_seconds, client_ts = excluded.client_ts, updated_at = now()
           where excluded.client_ts > p.client_ts`,
          [r.tenant_id, r.user_id, info.lessonId, r.course_id, i % 100, Date.now() + i],
        );
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        done++;
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.floor((latencies.length - 1) * p)] ?? 0);
  return { name: 'raw pg single-row upsert (same table, same pool)', requestsPerSec: Math.round(done / seconds), p50Ms: pct(0.5), p99Ms: pct(0.99), non2xx: 0 };
}


/** autocannon's heartbeat traffic (bench/ratios.ts, bench/ab.ts): the learners in turn, increasing client clocks. */
export function heartbeatTraffic(info: LearningBenchInfo) {
  let n = 0;
  return {
    url: `http://127.0.0.1:${info.academy}`,
    requests: [
      {
        method: 'PUT' as const,
        path: `/api/v1/progress/lessons/${info.lessonId}`,
        setupRequest: (req: object) => {
          n++;
          const token = info.tokens[n % info.tokens.length];
          return { ...req, headers: { 'content-type': 'application/json', 'x-tenant': 'demo', authorization: `Bearer ${token}` }, body: JSON.stringify({ positionSeconds: n % 100, clientTs: Date.now() - 60_000 + n }) };
        },
      },
    ],
  };
}
