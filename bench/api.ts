// Spine benchmark: a bare Express route vs GET /api/v1/users/me with a valid token (the full
// middleware stack: request id, metrics, helmet, CORS, tenancy, JWT verify, Redis rate limit,
// shard read) vs login (argon2id, deliberately slow). Same process, same run.
import { measure, machine, startServer, table, writeSection } from './lib.ts';

const redisUp = !process.env.BENCH_EMBEDDED;
const env: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  SEED_ADMIN_PASSWORD: 'bench-admin-password',
  // The benchmark client is one user on one IP; production limits would stop it in a second.
  RATE_LIMIT_PER_MINUTE: '100000000',
  AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
  DATA_DIR: '.academy-bench',
};
if (redisUp) {
  env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  env.REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  env.REDIS_PREFIX = `bench:${Date.now()}:`;
}

const { child, info } = await startServer<{ academy: number; bare: number }>('bench/server.ts', env);
try {
  const academy = `http://127.0.0.1:${info.academy}`;
  const email = `bench.${Date.now()}@example.com`;
  const reg = await fetch(`${academy}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench password 123', name: 'Bench' }),
  });
  const { accessToken } = (await reg.json()) as { accessToken: string };

  const bare = await measure('bare Express route', { url: `http://127.0.0.1:${info.bare}/bare` });
  const me = await measure('GET /api/v1/users/me (token)', { url: `${academy}/api/v1/users/me`, headers: { authorization: `Bearer ${accessToken}` } });
  const login = await measure('POST /api/v1/auth/login', {
    url: `${academy}/api/v1/auth/login`,
    method: 'POST',
    connections: 8,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench password 123' }),
  });
  const ratio = me.requestsPerSec / bare.requestsPerSec;
  const figures = [bare, me, login];
  console.log(table(figures));
  console.log(`authenticated / bare = ${(ratio * 100).toFixed(0)}% (goal: at least 50%)`);
  writeSection(
    'Spine: bare route vs authenticated route vs login',
    `Machine: ${machine()}. Backing services: ${redisUp ? 'PostgreSQL 15 + Redis 7 on loopback' : 'embedded PGlite + in-process adapters'}. ` +
      `32 connections (8 for login), 8 s each, NODE_ENV=production, LOG_LEVEL=${env.LOG_LEVEL}, rate limits raised for the single bench client.\n\n` +
      `${table(figures)}\n\nAuthenticated route / bare route: **${(ratio * 100).toFixed(0)}%** (goal ≥ 50%). ` +
      `Login is bound by argon2id (19 MiB, t=2) by design.`,
  );
} finally {
  child.kill('SIGTERM');
}
