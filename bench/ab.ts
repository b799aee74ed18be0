// A/B of the request stack: the academy of a git ref (A, default HEAD) against the working tree
// (B; or the tree of --head), two processes on the same PostgreSQL and Redis, both pinned to core 0 and measured in turn
// (autocannon on core 1), the order swapped every round so drift on a shared machine hurts both
// alike. Prints requests/s and the server's CPU time per request (the steadier figure) for the bare
// route, GET /users/me, the cached catalog and heartbeats, and B against A.
//   npm run bench:ab -- [--base <ref>] [--head <ref>] [--routes bare,me,catalog,heartbeat] [--prof <dir>]
//                       [--node-a=<flags>] [--node-b=<flags>]   (e.g. --node-b=--single-threaded-gc)
// Env: BENCH_SECONDS (per measurement, default 3), BENCH_ROUNDS (default 4).
// --prof writes a `node --cpu-prof` profile of each server to <dir>/a and <dir>/b on exit.
// --node-a / --node-b: Node flags for one side's server only (the same code, a runtime setting: GC, heap).
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { average, benchEnv, machine, measureWithCpu, startServer, type Figure } from './lib.ts';
import { heartbeatTraffic, type LearningBenchInfo } from './raw-upserts.ts';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'HEAD' }, head: { type: 'string' }, routes: { type: 'string', default: 'bare,me,catalog,heartbeat' }, prof: { type: 'string' }, 'node-a': { type: 'string', default: '' }, 'node-b': { type: 'string', default: '' } } });
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const pin = cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;
if (pin) execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });

const root = resolve(import.meta.dirname, '..');
/** The tree of a git ref in a temporary directory, sharing this checkout's node_modules. */
function snapshotOf(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
  execSync(`git -C ${JSON.stringify(root)} archive ${ref} | tar -x -C ${JSON.stringify(dir)}`);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const snapshots = [snapshotOf(values.base), ...(values.head ? [snapshotOf(values.head)] : [])];

const start = (name: 'a' | 'b', cwd: string) =>
  startServer<LearningBenchInfo>(
    'bench/learning-server.ts',
    benchEnv({ BENCH_LEARNERS: '32', REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_PREFIX: `bench:ab:${name}:${Date.now()}:` }),
    pin ? ['taskset', '-c', '0'] : [],
    { cwd, nodeArgs: [...(values.prof ? ['--cpu-prof', '--cpu-prof-dir', resolve(values.prof, name)] : []), ...values[`node-${name}`].split(' ').filter(Boolean)] },
  );
const servers = { a: await start('a', snapshots[0]!), b: await start('b', snapshots[1] ?? root) };
try {
  const routes = values.routes.split(',');
  const variants = Object.entries(servers).map(([name, { info }]) => {
    const academy = `http://127.0.0.1:${info.academy}`;
    const cpu = async () => ((await (await fetch(`http://127.0.0.1:${info.bare}/cpu`)).json()) as { micros: number }).micros;
    const traffic: Record<string, autocannon.Options> = {
      bare: { url: `http://127.0.0.1:${info.bare}/bare` },
      me: { url: `${academy}/api/v1/users/me`, headers: { 'x-tenant': 'demo', authorization: `Bearer ${info.tokens[0]}` } },
      catalog: { url: `${academy}/api/v1/courses`, headers: { 'x-tenant': 'demo' } },
      heartbeat: heartbeatTraffic(info),
    };
    return { name, cpu, traffic };
  });
  for (const v of variants) for (const r of routes) await measureWithCpu('warm-up', { ...v.traffic[r]!, connections: 32, duration: 1 });
  const runs: Record<string, Figure[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const r of routes) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        (runs[`${v.name}:${r}`] ??= []).push(await measureWithCpu(r, { ...v.traffic[r]!, connections: 32, duration: SECONDS }, v.cpu));
      }
    }
  }
  const f = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, average(v)]));
  const spread = (k: string) => runs[k]!.map((x) => x.cpuMicrosPerReq).join('/');
  // A and B of one round ran back to back: their ratio is the paired figure, its median the verdict.
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const paired = (r: string) => median(runs[`a:${r}`]!.map((a, i) => a.cpuMicrosPerReq! / runs[`b:${r}`]![i]!.cpuMicrosPerReq!));
  const rows = routes.map((r) => {
    const a = f[`a:${r}`]!;
    const b = f[`b:${r}`]!;
    return `| ${r} | ${a.requestsPerSec} | ${b.requestsPerSec} | ${(b.requestsPerSec / a.requestsPerSec).toFixed(2)} | ${a.cpuMicrosPerReq} (${spread(`a:${r}`)}) | ${b.cpuMicrosPerReq} (${spread(`b:${r}`)}) | ${paired(r).toFixed(2)} | ${a.non2xx + b.non2xx} |`;
  });
  const ratio = (v: string, r: string) => (routes.includes('bare') && r !== 'bare' && r !== 'heartbeat' ? `${(f[`${v}:${r}`]!.requestsPerSec / f[`${v}:bare`]!.requestsPerSec).toFixed(2)} (cpu ${(f[`${v}:bare`]!.cpuMicrosPerReq! / f[`${v}:${r}`]!.cpuMicrosPerReq!).toFixed(2)})` : '');
  console.log(`${machine()}, load ${loadavg().map((x) => x.toFixed(1)).join(' / ')}; A = ${values.base}${values['node-a'] ? ` (${values['node-a']})` : ''}, B = ${values.head ?? 'working tree'}${values['node-b'] ? ` (${values['node-b']})` : ''}; ${ROUNDS} rounds × ${SECONDS} s\n`);
  console.log(['| route | A req/s | B req/s | B/A | A cpu µs/req (rounds) | B cpu µs/req (rounds) | A/B by cpu (median of rounds) | non-2xx |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
  for (const r of routes) if (ratio('a', r)) console.log(`${r} / bare: A ${ratio('a', r)} · B ${ratio('b', r)}`);
} finally {
  for (const s of Object.values(servers)) s.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  for (const dir of snapshots) rmSync(dir, { recursive: true, force: true });
}
