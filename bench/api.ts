// Spine benchmark: a bare Express route vs GET /api/v1/users/me with a valid token (the full
// middleware stack: request id, metrics, helmet, CORS, tenancy, JWT, Redis rate limit, the
// users service) vs login (argon2id, deliberately slow). Same process, same run; the two routes
// alternate over two rounds so a busy machine hurts both alike.
import { average, benchEnv, machine, measureWithCpu, startServer, table, writeSection, type Figure } from './lib.ts';

const embedded = Boolean(process.env.BENCH_EMBEDDED);
const env = benchEnv({ DATA_DIR: '.academy-bench' });
if (!embedded) {
  env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  env.REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  env.REDIS_PREFIX = `bench:${Date.now()}:`;
}
const DURATION = Number(process.env.BENCH_SECONDS ?? 6);

const { child, info } = await startServer<{ academy: number; bare: number }>('bench/server.ts', env);
try {
  const academy = `http://127.0.0.1:${info.academy}`;
  const cpu = async () => ((await (await fetch(`http://127.0.0.1:${info.bare}/cpu`)).json()) as { micros: number }).micros;
  const email = `bench.${Date.now()}@example.com`;
  const reg = await fetch(`${academy}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench password 123', name: 'Bench' }),
  });
  const { accessToken } = (await reg.json()) as { accessToken: string };
  const bareOpts = { url: `http://127.0.0.1:${info.bare}/bare`, duration: DURATION };
  const meOpts = { url: `${academy}/api/v1/users/me`, headers: { authorization: `Bearer ${accessToken}` }, duration: DURATION };

  // Warm-up (JIT, pools, caches), not recorded.
  await measureWithCpu('warm-up', { ...bareOpts, duration: 2 });
  await measureWithCpu('warm-up', { ...meOpts, duration: 2 });
  const bareRuns: Figure[] = [];
  const meRuns: Figure[] = [];
  for (let round = 0; round < 2; round++) {
    bareRuns.push(await measureWithCpu('bare Express route', bareOpts, cpu));
    meRuns.push(await measureWithCpu('GET /api/v1/users/me (token)', meOpts, cpu));
  }
  const bare = average(bareRuns);
  const me = average(meRuns);
  const login = await measureWithCpu(
    'POST /api/v1/auth/login',
    {
      url: `${academy}/api/v1/auth/login`,
      method: 'POST',
      connections: 8,
      duration: DURATION,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'bench password 123' }),
    },
    cpu,
  );
  const ratio = me.requestsPerSec / bare.requestsPerSec;
  const cpuRatio = bare.cpuMicrosPerReq! / me.cpuMicrosPerReq!;
  const figures = [bare, me, login];
  console.log(table(figures));
  console.log(`authenticated / bare = ${(ratio * 100).toFixed(0)}% of requests/s (goal: at least 50%); by server CPU per request: ${(cpuRatio * 100).toFixed(0)}%`);
  writeSection(
    'Spine: bare route vs authenticated route vs login',
    `Machine: ${machine()}. Backing services: ${embedded ? 'embedded PGlite + in-process adapters' : 'PostgreSQL 15 + Redis 7 on loopback'}. ` +
      `autocannon with 32 connections (8 for login), ${DURATION} s per run, bare and authenticated alternating over two rounds (averaged) after a warm-up; ` +
      `NODE_ENV=production, LOG_LEVEL=${env.LOG_LEVEL}, rate limits raised for the single bench client (the limiter still counts every request). ` +
      `The bare route runs in the same process as the academy, on its own port.\n\n` +
      `${table(figures)}\n\n` +
      `Authenticated route / bare route: **${(ratio * 100).toFixed(0)}%** of requests/s (goal ≥ 50%); ` +
      `${(cpuRatio * 100).toFixed(0)}% by server CPU time per request (the steadier figure on a shared machine). ` +
      `Login is bound by argon2id (19 MiB, t=2) by design.`,
  );
} finally {
  child.kill('SIGTERM');
}
