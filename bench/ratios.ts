// The three request-stack goals of issue 13 in one run, by two methods, side by side:
//   authenticated GET /users/me / bare Express route   (goal ≥ 0.70)
//   cached catalog GET /courses / bare Express route   (goal ≥ 0.75)
//   heartbeats / raw single-row upserts through pg.Pool (goal ≥ 0.60)
// and, with no goal, heartbeats / the same upsert behind the bare Express route (bench/bare-route.ts).
// Method 1: autocannon in this process. Method 2: `wrk` (Debian package; installed with apt when
// missing) in its own process. The server is pinned to core 0 and the load generators to core 1
// with `taskset` when there are 2+ cores. Routes alternate within each round, so a busy machine
// hurts both sides of a ratio alike. `npm run bench:ratios` (add `-- --doc` to write the section
// of docs/benchmarks.md). Env: BENCH_SECONDS (per measurement, default 4), BENCH_ROUNDS (default 2);
// BENCH_WORKERS=N serves the academy and the bare routes from a node cluster of N processes and
// BENCH_SERVER_CORES the cores it is pinned to (default 0; `0,1` for a cluster over both).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { average, benchEnv, machine, measureWithCpu, startServer, writeSection, type Figure } from './lib.ts';
import { BenchClocks, bareWriteTraffic, heartbeatTraffic, rawUpserts, userOfToken, type LearningBenchInfo as Info } from './raw-upserts.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 32;
const POOL = 10;
const pin = cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;
const SERVER_CORES = process.env.BENCH_SERVER_CORES ?? '0';
const CLIENT_CORE = '1';
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);


function ensureWrk(): void {
  if (spawnSync('wrk', ['-v']).error === undefined) return;
  console.error('wrk is missing: installing the Debian package (apt-get install -y wrk)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'install', '-y', 'wrk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

ensureWrk();
if (pin) execFileSync('taskset', ['-pc', CLIENT_CORE, String(process.pid)], { stdio: 'ignore' });
const env = benchEnv({
  DB_POOL_MAX: String(POOL),
  BENCH_LEARNERS: process.env.BENCH_LEARNERS ?? '32',
  REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `bench:ratios:${Date.now()}:`,
});
const { child, info } = await startServer<Info>('bench/learning-server.ts', env, pin ? ['taskset', '-c', SERVER_CORES] : []);
const dir = mkdtempSync(join(tmpdir(), 'bench-ratios-'));

try {
  const academy = `http://127.0.0.1:${info.academy}`;
  const bareUrl = `http://127.0.0.1:${info.bare}/bare`;
  const cpu = async () => ((await (await fetch(`http://127.0.0.1:${info.bare}/cpu`)).json()) as { micros: number }).micros;
  const me = { url: `${academy}/api/v1/users/me`, headers: { 'x-tenant': 'demo', authorization: `Bearer ${info.tokens[0]}` } };
  const catalog = { url: `${academy}/api/v1/courses`, headers: { 'x-tenant': 'demo' } };
  const heartbeatPath = `/api/v1/progress/lessons/${info.lessonId}`;
  const clocks = new BenchClocks();
  const heartbeat = heartbeatTraffic(info, clocks);
  const bareWrite = bareWriteTraffic(info, clocks);
  const ac = (name: string, opts: Omit<autocannon.Options, 'duration'>) => measureWithCpu(name, { connections: CONNECTIONS, duration: SECONDS, ...opts }, cpu);
  const wrk = (name: string, url: string, headers: Record<string, string> = {}, script?: string) => runWrk(name, url, headers, script, cpu);
  const heartbeatScript = join(dir, 'heartbeat.lua');
  const users = info.tokens.map(userOfToken);
  /** wrk's heartbeats, from clocks later than anything stored (a script per run), then the learners' clocks moved past them. */
  const wrkHeartbeats = async () => {
    const base = clocks.base();
    writeFileSync(heartbeatScript, heartbeatLua(info, heartbeatPath, base));
    const f = await wrk('PUT /api/v1/progress/lessons/:id (heartbeat)', academy, {}, heartbeatScript);
    // wrk reports requests/s over the run: a fifth more than that, so no learner's clock is left behind.
    clocks.raise(users, base + Math.ceil((f.requestsPerSec * SECONDS * 1.2) / users.length) + 1);
    return f;
  };

  // Warm-up (JIT, pools, caches), not recorded.
  for (const o of [{ url: bareUrl }, me, catalog, heartbeat, bareWrite] as autocannon.Options[]) await measureWithCpu('warm-up', { ...o, connections: CONNECTIONS, duration: 1 });

  const runs: Record<string, Figure[]> = {};
  const add = (key: string, f: Figure) => (runs[key] ??= []).push(f);
  for (let round = 0; round < ROUNDS; round++) {
    add('ac:bare', await ac('bare Express route', { url: bareUrl }));
    add('ac:me', await ac('GET /api/v1/users/me (token)', me));
    add('ac:catalog', await ac('GET /api/v1/courses (cached)', catalog));
    add('ac:heartbeat', await ac('PUT /api/v1/progress/lessons/:id (heartbeat)', heartbeat));
    add('raw', await rawUpserts({ ...info, pool: POOL, connections: CONNECTIONS, clocks }, SECONDS));
    add('rawPrepared', await rawUpserts({ ...info, pool: POOL, connections: CONNECTIONS, clocks, prepared: true }, SECONDS));
    add('ac:bareWrite', await ac('bare Express route + the raw upsert (PUT /bare-upsert)', bareWrite));
    add('wrk:bare', await wrk('bare Express route', bareUrl));
    add('wrk:me', await wrk('GET /api/v1/users/me (token)', me.url, me.headers));
    add('wrk:catalog', await wrk('GET /api/v1/courses (cached)', catalog.url, catalog.headers));
    add('wrk:heartbeat', await wrkHeartbeats());
  }
  const f = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, average(v)]));
  const ratio = (a: Figure, b: Figure) => a.requestsPerSec / b.requestsPerSec;
  const cpuRatio = (a: Figure, b: Figure) => (b.cpuMicrosPerReq ?? NaN) / (a.cpuMicrosPerReq ?? NaN);
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  const per = (method: 'ac' | 'wrk') => ({
    me: ratio(f[`${method}:me`]!, f[`${method}:bare`]!),
    catalog: ratio(f[`${method}:catalog`]!, f[`${method}:bare`]!),
    heartbeat: ratio(f[`${method}:heartbeat`]!, f.raw!),
    heartbeatPrepared: ratio(f[`${method}:heartbeat`]!, f.rawPrepared!),
    heartbeatBareWrite: ratio(f[`${method}:heartbeat`]!, f['ac:bareWrite']!),
    meCpu: cpuRatio(f[`${method}:me`]!, f[`${method}:bare`]!),
    catalogCpu: cpuRatio(f[`${method}:catalog`]!, f[`${method}:bare`]!),
  });
  const r = { ac: per('ac'), wrk: per('wrk') };
  const ok = (x: number, goal: number) => (x >= goal ? 'met' : 'missed');
  const ratios = [
    '| ratio (requests/s) | goal | autocannon (in-process) | wrk (own process) | by server CPU/request (autocannon · wrk) |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| GET /users/me / bare route | 0.70 | ${pct(r.ac.me)} (${ok(r.ac.me, 0.7)}) | ${pct(r.wrk.me)} (${ok(r.wrk.me, 0.7)}) | ${pct(r.ac.meCpu)} · ${pct(r.wrk.meCpu)} |`,
    `| cached catalog / bare route | 0.75 | ${pct(r.ac.catalog)} (${ok(r.ac.catalog, 0.75)}) | ${pct(r.wrk.catalog)} (${ok(r.wrk.catalog, 0.75)}) | ${pct(r.ac.catalogCpu)} · ${pct(r.wrk.catalogCpu)} |`,
    `| heartbeats / raw pg upserts | 0.60 | ${pct(r.ac.heartbeat)} (${ok(r.ac.heartbeat, 0.6)}) | ${pct(r.wrk.heartbeat)} (${ok(r.wrk.heartbeat, 0.6)}) | – |`,
    `| heartbeats / raw pg upserts, prepared (stronger reference) | – | ${pct(r.ac.heartbeatPrepared)} | ${pct(r.wrk.heartbeatPrepared)} | – |`,
    `| heartbeats / the raw upsert behind the bare route (autocannon's, no goal) | – | ${pct(r.ac.heartbeatBareWrite)} | ${pct(r.wrk.heartbeatBareWrite)} | – |`,
  ].join('\n');
  const rows = (method: 'ac' | 'wrk') =>
    [`${method}:bare`, `${method}:me`, `${method}:catalog`, `${method}:heartbeat`]
      .map((k) => f[k]!)
      .concat(method === 'ac' ? [f.raw!, f.rawPrepared!, f['ac:bareWrite']!] : [])
      .map((x) => `| ${method === 'ac' ? 'autocannon' : 'wrk'} | ${x.name} | ${x.requestsPerSec.toLocaleString('en')} | ${x.cpuMicrosPerReq ?? '–'} | ${x.p50Ms} | ${x.p99Ms} | ${x.non2xx} |`);
  const figures = ['| client | route | requests/s | server CPU µs/request | p50 ms | p99 ms | non-2xx |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |', ...rows('ac'), ...rows('wrk')].join('\n');
  console.log(`${figures}\n\n${ratios}`);
  if (process.argv.includes('--doc')) {
    const load = loadavg().map((x) => x.toFixed(1)).join(' / ');
    writeSection(
      'Request stack ratios (issue 13): autocannon and wrk, one run',
      `Machine: ${machine()}, load average ${load} (1 / 5 / 15 min) when the run ended${pin ? '' : '; not pinned (taskset missing or one core)'}. ` +
        `\`npm run bench:ratios -- --doc\`: PostgreSQL 15 + Redis 7 on loopback; the academy and the bare Express route in ${WORKERS > 1 ? `each of ${WORKERS} processes of a node cluster` : 'one process'} ${pin ? `pinned to core${SERVER_CORES.includes(',') ? 's' : ''} ${SERVER_CORES}` : ''}, ` +
        `the load generators ${pin ? `on core ${CLIENT_CORE}` : ''} (autocannon in the bench process, \`wrk -t1 -c${CONNECTIONS}\` in its own). ` +
        `${CONNECTIONS} connections, ${SECONDS} s per measurement, ${ROUNDS} rounds averaged, the routes alternating within a round after a warm-up; ` +
        `NODE_ENV=production, LOG_LEVEL=${env.LOG_LEVEL}, rate limits raised for the bench clients (the limiter still counts every request). ` +
        `Heartbeats rotate over ${info.tokens.length} enrolled learners; the raw reference is the same upsert, one row per statement, through \`pg.Pool\` (max ${POOL}) from ${CONNECTIONS} loops in the bench process (wrk cannot speak SQL: both heartbeat ratios share it), ` +
        `sent as the issue's reference was (unnamed: PostgreSQL parses and plans each) and prepared (a named statement, as the academy's heartbeat upsert is: the stronger reference, no goal set against it). ` +
        `The bare write route is that upsert behind the bare Express app in the academy's process (express.json, its own \`pg.Pool\` of ${POOL}, answered after the commit), driven by autocannon: what HTTP alone costs a write (no goal). ` +
        `Server CPU per request is the CPU time of the academy's ${WORKERS > 1 ? 'processes (the primary and every worker)' : 'process'} over the requests it answered.\n\n${figures}\n\n${ratios}`,
    );
  }
} finally {
  child.kill('SIGTERM');
}

/** wrk in its own process (on the client core), parsed: requests/s, p50/p99 from --latency, non-2xx. */
async function runWrk(name: string, url: string, headers: Record<string, string>, script: string | undefined, cpu: () => Promise<number>): Promise<Figure> {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), ...(script ? ['-s', script] : []), url];
  const before = await cpu();
  const out = await new Promise<string>((resolve, reject) => {
    const cp = (pin ? ['taskset', '-c', CLIENT_CORE, 'wrk'] : ['wrk']) as [string, ...string[]];
    const child = spawn(cp[0], [...cp.slice(1), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout!.on('data', (d: Buffer) => (text += d));
    child.once('exit', (code: number) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
  });
  const after = await cpu();
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const ms = (label: string) => {
    const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    const v = Number(m[1]);
    return Math.round((m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v) * 10) / 10;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  return { name, requestsPerSec: Math.round(rps), cpuMicrosPerReq: Math.round((after - before) / Math.max(1, total)), p50Ms: ms('50'), p99Ms: ms('99'), non2xx };
}

/** A wrk script sending heartbeats as autocannon does: learners in turn, each learner's client clock from `base` up by 1 ms per heartbeat. */
function heartbeatLua(info: Info, path: string, base: number): string {
  return `local tokens = { ${info.tokens.map((t) => JSON.stringify(t)).join(', ')} }
local base = ${base}
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"positionSeconds":%d,"clientTs":%d}', n % 100, base + math.floor(n / #tokens))
  return wrk.format("PUT", ${JSON.stringify(path)}, { ["content-type"] = "application/json", ["x-tenant"] = "demo", ["authorization"] = "Bearer " .. tokens[(n % #tokens) + 1] }, body)
end
`;
}
