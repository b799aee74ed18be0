// Learning-core benchmark: (1) heartbeat writes/s through the full stack (HTTP, tenancy, JWT,
// Redis rate limit, validation, enrollment check, batched upsert) vs raw `pg` single-row upserts
// into the same table with the same pool size, same run; (2) cached catalog reads/s vs the spine
// benchmark's bare Express route. Run: `npx tsx bench/learning.ts` (needs local PostgreSQL + Redis).
import { rawUpserts, type LearningBenchInfo as Info } from './raw-upserts.ts';
import { benchEnv, machine, measure, startServer, table, writeSection, type Figure } from './lib.ts';

const POOL = 10;
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = 32;
const env = benchEnv({
  DB_POOL_MAX: String(POOL),
  REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `bench:learning:${Date.now()}:`,
});


const { child, info } = await startServer<Info>('bench/learning-server.ts', env);
try {
  const academy = `http://127.0.0.1:${info.academy}`;
  let n = 0;
  const clientTs = () => Date.now() - 60_000 + n;
  const heartbeat = await measure('PUT /api/v1/progress/lessons/:id (heartbeat)', {
    url: academy,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'PUT',
        path: `/api/v1/progress/lessons/${info.lessonId}`,
        setupRequest: (req) => {
          n++;
          const token = info.tokens[n % info.tokens.length];
          return { ...req, headers: { 'content-type': 'application/json', 'x-tenant': 'demo', authorization: `Bearer ${token}` }, body: JSON.stringify({ positionSeconds: n % 100, clientTs: clientTs() }) };
        },
      },
    ],
  });
  const raw = await rawUpserts({ ...info, pool: POOL, connections: CONNECTIONS }, DURATION);
  // The same middleware stack with no learning work: what any authenticated route costs here.
  const stack = await measure('GET /api/v1/users/me (stack ceiling, cached profile)', {
    url: `${academy}/api/v1/users/me`,
    headers: { 'x-tenant': 'demo', authorization: `Bearer ${info.tokens[0]}` },
    connections: CONNECTIONS,
    duration: DURATION,
  });

  const bare = await measure('bare Express route (spine)', { url: `http://127.0.0.1:${info.bare}/bare`, connections: CONNECTIONS, duration: DURATION });
  const catalog = await measure('GET /api/v1/courses (cached)', { url: `${academy}/api/v1/courses`, headers: { 'x-tenant': 'demo' }, connections: CONNECTIONS, duration: DURATION });
  const outline = await measure('GET /api/v1/courses/:slug (cached)', { url: `${academy}/api/v1/courses/getting-started`, headers: { 'x-tenant': 'demo' }, connections: CONNECTIONS, duration: DURATION });

  const writeRatio = heartbeat.requestsPerSec / raw.requestsPerSec;
  const readRatio = catalog.requestsPerSec / bare.requestsPerSec;
  const figures = [heartbeat, raw, stack, catalog, outline, bare];
  console.log(table(figures));
  console.log(`heartbeat / raw upsert = ${(writeRatio * 100).toFixed(0)}% (goal ≥ 50%); catalog / bare = ${(readRatio * 100).toFixed(0)}% (goal ≥ 60%)`);
  writeSection(
    'Learning core: heartbeats vs raw upserts, cached catalog vs bare route',
    `Machine: ${machine()}. PostgreSQL 15 + Redis 7 on loopback, one physical database, pool size ${POOL} for both the academy and the raw client. ` +
      `${CONNECTIONS} connections (or ${CONNECTIONS} concurrent raw upsert loops), ${DURATION} s each, NODE_ENV=production, rate limits raised for the bench clients. ` +
      `Heartbeats rotate over ${info.tokens.length} enrolled learners (one lesson each, increasing client clocks); the raw figure is the same ` +
      `\`INSERT ... ON CONFLICT DO UPDATE ... WHERE excluded.client_ts > lesson_progress.client_ts\`, one row per statement, through \`pg.Pool\`.\n\n` +
      `${table(figures)}\n\n` +
      `Heartbeats through the full stack / raw single-row upserts: **${(writeRatio * 100).toFixed(0)}%** (goal ≥ 50%). ` +
      `Cached catalog / bare Express route: **${(readRatio * 100).toFixed(0)}%** (goal ≥ 60%). ` +
      `Heartbeats / the authenticated no-op route on the same stack: **${((heartbeat.requestsPerSec / stack.requestsPerSec) * 100).toFixed(0)}%**.\n\n` +
      `The heartbeat path group-commits: one heartbeat statement in flight per database; heartbeats that arrive meanwhile go out together ` +
      `as one multi-row upsert (each request is answered only after its statement commits, so nothing acknowledged can be lost). ` +
      `The catalog is served from a per-process copy in front of Redis, invalidated by pub/sub on publish.\n\n` +
      `Why the heartbeat ratio misses its goal: the academy process's event loop is the limit, not the database. The authenticated no-op route above (same HTTP, tenancy, JWT and Redis rate-limit stack, cached result) already reaches only about half of the raw upserts, which pay for no HTTP. Profiling runs (alternating, same server): a heartbeat with its write skipped runs at about the no-op route's rate; the batched upsert itself takes 0.66 ms for 12 rows when run alone, but ~6.6 ms under load, because its result waits behind the HTTP work on the same event loop; more batches in flight did not help (3 in flight: 0.42 of the no-op route's rate vs 0.49 with 1, four alternating runs), nor did removing the Redis rate-limit call (both figures rose, the ratio stayed). Next to try: the write on its own connection-handling thread (a worker owning the pool) or a cheaper request stack — open work.`,
  );
} finally {
  child.kill('SIGTERM');
}
