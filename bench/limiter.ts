// The rate limiter's cost, side by side in one run (issue 13, item 4): two academies on the same
// PostgreSQL and Redis, one with the batched store (RATE_LIMIT_SYNC_MS=100, the default) and one
// exact (RATE_LIMIT_SYNC_MS=0: a Redis round trip per request, the store before), both pinned to
// core 0 and measured in turn with autocannon (core 1): authenticated GET /users/me and the bare
// route of each process. `npm run bench:limiter` (`-- --doc` writes docs/benchmarks.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { average, benchEnv, machine, measureWithCpu, startServer, table, writeSection, type Figure } from './lib.ts';
import type { LearningBenchInfo } from './raw-upserts.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const pin = cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;
if (pin) execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });

const start = (syncMs: string) =>
  startServer<LearningBenchInfo>(
    'bench/learning-server.ts',
    benchEnv({ RATE_LIMIT_SYNC_MS: syncMs, BENCH_LEARNERS: '1', REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `bench:limiter:${syncMs}:${Date.now()}:` }),
    pin ? ['taskset', '-c', '0'] : [],
  );
const servers = { batched: await start('100'), exact: await start('0') };
try {
  const runs: Record<string, Figure[]> = {};
  const variants = Object.entries(servers).map(([name, { info }]) => {
    const cpu = async () => ((await (await fetch(`http://127.0.0.1:${info.bare}/cpu`)).json()) as { micros: number }).micros;
    const me = { url: `http://127.0.0.1:${info.academy}/api/v1/users/me`, headers: { 'x-tenant': 'demo', authorization: `Bearer ${info.tokens[0]}` }, connections: 32, duration: SECONDS };
    const bare = { url: `http://127.0.0.1:${info.bare}/bare`, connections: 32, duration: SECONDS };
    return { name, cpu, me, bare };
  });
  for (const v of variants) await measureWithCpu('warm-up', { ...v.me, duration: 1 });
  for (let round = 0; round < ROUNDS; round++) {
    for (const v of variants) {
      (runs[`${v.name}:bare`] ??= []).push(await measureWithCpu(`bare Express route (${v.name} process)`, v.bare, v.cpu));
      (runs[`${v.name}:me`] ??= []).push(await measureWithCpu(`GET /api/v1/users/me, ${v.name === 'batched' ? 'batched limiter (sync 100 ms)' : 'exact limiter (Redis per request)'}`, v.me, v.cpu));
    }
  }
  const f = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, average(v)]));
  const figures = ['batched:bare', 'batched:me', 'exact:bare', 'exact:me'].map((k) => f[k]!);
  const r = (v: string) => ({
    rps: f[`${v}:me`]!.requestsPerSec / f[`${v}:bare`]!.requestsPerSec,
    cpu: f[`${v}:bare`]!.cpuMicrosPerReq! / f[`${v}:me`]!.cpuMicrosPerReq!,
  });
  const summary =
    `/users/me / bare route: batched **${r('batched').rps.toFixed(2)}** (by CPU per request ${r('batched').cpu.toFixed(2)}), ` +
    `exact **${r('exact').rps.toFixed(2)}** (by CPU ${r('exact').cpu.toFixed(2)}); /users/me batched / exact: ` +
    `${(f['batched:me']!.requestsPerSec / f['exact:me']!.requestsPerSec).toFixed(2)} by requests/s, ` +
    `${(f['exact:me']!.cpuMicrosPerReq! / f['batched:me']!.cpuMicrosPerReq!).toFixed(2)} by CPU per request.`;
  console.log(`${table(figures)}\n\n${summary}`);
  if (process.argv.includes('--doc')) {
    writeSection(
      'Rate limiter: batched vs a Redis round trip per request (issue 13)',
      `Machine: ${machine()}, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} when the run ended. \`npm run bench:limiter -- --doc\`: ` +
        `two academy processes (PostgreSQL 15 + Redis 7 on loopback) ${pin ? 'pinned to core 0, autocannon on core 1' : ''}, one with the batched store, one exact ` +
        `(\`RATE_LIMIT_SYNC_MS=0\`); 32 connections, ${SECONDS} s per measurement, ${ROUNDS} rounds alternating between the processes, averaged.\n\n${table(figures)}\n\n${summary}`,
    );
  }
} finally {
  for (const s of Object.values(servers)) s.child.kill('SIGTERM');
}
