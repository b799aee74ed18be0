/**
 * Operator benchmark: N Tenants (default 1,000) and 10 ShardSets created at once against the
 * tests/kube API server (in a child process, so the operator's memory is its own); a cluster
 * simulator (child process too) plays the Deployment controller and CloudNativePG. Reports time
 * until every object is Ready, API calls per Tenant, operator memory, and the writes of a full
 * resync of the unchanged world (goal: 0).  `npm run bench:operator -- --tenants 200`
 *
 * `--doc`: runs 200, 500 and 1,000 Tenants (each in a fresh process) and writes the "Operator"
 * section of docs/benchmarks.md. `--profile DIR`: CPU profiles of the API server and simulator.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { KubeConfig } from '@kubernetes/client-node';
import pino from 'pino';
import { loadOperatorConfig } from '../operator/config.ts';
import { KubeClient } from '../operator/kube/client.ts';
import { startOperator } from '../operator/manager.ts';
import { SERVICE_TOKEN_KEY, SIGNING_KEYS_KEY, generateTenantKeys } from '../operator/constructs/index.ts';
import { machine, writeSection } from './lib.ts';

const { values } = parseArgs({ options: { tenants: { type: 'string', default: '1000' }, shardsets: { type: 'string', default: '10' }, profile: { type: 'string' }, qps: { type: 'string', default: '0' }, result: { type: 'string' }, doc: { type: 'boolean' }, 'doc-pooled': { type: 'boolean' }, from: { type: 'string', multiple: true }, pooled: { type: 'boolean' } } });
/** --pooled: N pooled Tenants in one TenantPool (on one ShardSet), whose academy is a real one in its own process. */
const POOLED = Boolean(values.pooled);
const TENANTS = Number(values.tenants);
const SHARDSETS = Number(values.shardsets);
const root = new URL('..', import.meta.url).pathname;

interface Result {
  tenants: number;
  shardSets: number;
  allReadySeconds: number;
  apiCallsPerTenant: number;
  writesPerTenant: number;
  /** CPU seconds of the bench process (the operator, plus the bench's polling) from the creation until all Ready: steadier than wall time on a shared machine. */
  operatorCpuSeconds?: number;
  operatorPeakRssMiB: number;
  operatorPeakHeapMiB: number;
  operatorSettledHeapMiB: number;
  resyncSeconds: number;
  resyncWrites: number;
}

if (values['doc-pooled']) {
  // The pooled rows come from saved --result files (each run takes minutes at a stated QPS).
  const results = (values.from ?? []).map((file) => JSON.parse(readFileSync(file, 'utf8')) as PooledResult);
  writeSection('Operator: pooled tenants (issue #15)', pooledSection(results));
  process.exit(0);
}

interface PooledResult extends Result {
  mode: 'pooled' | 'dedicated';
  qps: number | 'unlimited';
  poolReadySeconds?: number;
  academyRows?: number;
  callsPerTenantByVerb: Record<string, number>;
  poolStatusWrites?: number;
}

function pooledSection(results: PooledResult[]): string {
  const row = (r: PooledResult) =>
    `| ${r.tenants.toLocaleString('en')} | ${r.mode} | ${r.qps === 'unlimited' ? 'unlimited' : `${r.qps} (${Math.ceil(Number(r.qps) * 1.5)})`} | ${(((r as { createdMs?: number }).createdMs ?? 0) / 1000).toFixed(1)} | ${r.allReadySeconds} | ${r.operatorCpuSeconds ?? ''} | ${r.academyRows !== undefined ? r.academyRows - 1 : ''} | ${r.apiCallsPerTenant} | ${r.writesPerTenant} | ${r.qps === 'unlimited' ? '—' : ((r.apiCallsPerTenant * r.tenants) / Number(r.qps)).toFixed(0)} | ${r.operatorPeakRssMiB} | ${r.operatorSettledHeapMiB} | ${r.resyncWrites} |`;
  return `
Machine: ${machine()} (\`nproc\` ${cpus().length}), shared with other engineers' test runs.
\`npm run bench:operator -- --pooled --tenants N --qps Q --result FILE\` per row, then
\`-- --doc-pooled --from FILE...\` writes this section. One ShardSet and one TenantPool (its ~40 objects rendered once, and
Ready, before the clock starts); N pooled Tenants (\`isolation: pooled\`, one domain each) created at once (50 concurrent POSTs);
the pool's academy is a real one (PostgreSQL + Redis) in its own process, receiving the operator's
\`PUT /api/v1/internal/tenants/<name>\`; the test API server and the cluster simulator in their own processes, the operator in
the bench process (WORKERS=32). API calls = the operator's requests to the API server (watches not counted; the PUTs to the
academy are not API-server requests and are counted apart: one per Tenant), including the pool's own status writes.
Dedicated rows: the same bench without \`--pooled\` (10 ShardSets, \`isolation: dedicated\`).

| Tenants | isolation | QPS (burst) | all created (s) | all Ready (s) | operator CPU (s) | academy rows | calls / Tenant | writes / Tenant | calls ÷ QPS (s) | peak RSS (MiB) | settled heap (MiB) | resync writes |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results.map(row).join('\n')}

"all created" is when the bench's last POST was answered (the clock starts before the first); "all Ready" counts
from the same start. "academy rows" = pooled tenants' rows in the pool's control database at the end (one PUT each when
nothing failed).

Calls per pooled Tenant, by verb and resource (the largest run): ${Object.entries(results.filter((r) => r.mode === 'pooled').at(-1)?.callsPerTenantByVerb ?? {}).map(([k, n]) => `${k} ${n}`).join(', ')}.
Events by reason (the largest run): ${Object.entries((results.filter((r) => r.mode === 'pooled').at(-1) as { eventReasons?: Record<string, number> } | undefined)?.eventReasons ?? {}).map(([k, n]) => `${k} ${n}`).join(', ')}.

What the numbers say:
- **A pooled Tenant costs 4 API-server writes** — its finalizer, its Ingress, its status, its Ready Event — plus one
  \`PUT\` to the pool's academy, against ~42 calls for a dedicated Tenant (section above): ~10 × fewer. The pool's own
  status (tenants, places left) adds ~0.2 a Tenant: the work queue coalesces the joins. A resync of the unchanged world
  writes nothing (no apply, no status, no PUT: the row's hash is in the status).
- Under a limit the time is \`calls ÷ QPS\` plus the creation: at 50 QPS, 1,000 pooled Tenants are ~84 s of calls.
  **10,000 pooled Tenants at 50 QPS need ≥ 42,000 calls ÷ 50 = 840 s (14 min); at 20 QPS 2,100 s.** The moonshot
  (10,000 Ready in < 60 s at 50 QPS = 3,000 calls) allows 0.3 calls per Tenant: not reachable while each Tenant has a
  finalizer and a status of its own (2 writes = 400 s at 50 QPS). It would need Tenants that the operator does not
  write at all — readiness reported in the pool's status, rows deleted by a pool-level sweep instead of per-Tenant
  finalizers — a different API, named here rather than built.
- Unlimited, the time is the machine's: every process here shares 2 cores with other sessions' test suites (load
  average 14–18 during these runs), and the test API server's connections were reset under that load (the operator
  retries those reconciles with backoff; the "calls / Tenant" above include the retries).
- **10,000 pooled Tenants at 50 QPS: 856 s, against 840 s of calls** (the second 50-QPS row: after the fix below, the
  machine quieter; its pool failed 2 reconciles on reset connections and no Tenant followed). The first 50-QPS run took 1,443 s against 860 s of calls: creating the 10,000 objects took 161 s, and the
  loaded machine held the operator to ~34 calls/s on average, under its 50 (575 reconciles failed on reset connections
  and were retried). It also showed a flaw, fixed after the run (not re-measured at 10,000): a pool reconcile that failed
  on a reset connection made the pool Ready=False for a moment (13 times), and every pooled Tenant followed it
  (236 Progressing status writes and Events). Pooled Tenants now follow the pool's ServicesAvailable, which a failed
  reconcile of the pool does not change. The last row (unlimited, after the fix, the machine quieter: load average 5–7)
  has no failed reconcile and no Progressing Event: 10,000 Ready in 225 s (48 s of it creating them), ~190 calls/s,
  4.2 calls per Tenant. The two 1,000-Tenant unlimited rows are the same bench at load average ~15 (74 s) and ~5 (17 s).
- Operator memory at 10,000 pooled Tenants: 527–561 MiB peak RSS, ~130 MiB heap settled (every Tenant and its Ingress cached
  slim), against 556 MiB peak for 1,000 dedicated Tenants (section above).
`;
}

if (values.doc) {
  const results: Result[] = [];
  // --from FILE (repeatable, with --doc): write the section from saved --result files instead of running.
  for (const file of values.from ?? []) results.push(JSON.parse(readFileSync(file, 'utf8')) as Result);
  for (const n of results.length ? [] : [200, 500, 1000]) {
    const file = join(await mkdtemp(join(tmpdir(), 'bench-operator-doc-')), 'result.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/operator.ts', '--tenants', String(n), '--shardsets', values.shardsets!, '--result', file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) throw new Error(`the ${n}-Tenant run failed (exit ${run.status})`);
    results.push(JSON.parse(readFileSync(file, 'utf8')) as Result);
  }
  writeSection('Operator', operatorSection(results));
  process.exit(0);
}

function operatorSection(results: Result[]): string {
  const big = results[results.length - 1];
  const row = (r: Result) =>
    `| ${r.tenants.toLocaleString('en')} | ${r.shardSets} | ${r.allReadySeconds} | ${r.apiCallsPerTenant} | ${r.writesPerTenant} | ${r.operatorPeakRssMiB} | ${r.operatorPeakHeapMiB} | ${r.operatorSettledHeapMiB} | ${r.resyncSeconds} | ${r.resyncWrites} |`;
  return `
Machine: ${machine()} (\`nproc\` ${cpus().length}), shared by the three processes. \`npm run bench:operator -- --doc\`: N Tenants and
${big.shardSets} ShardSets (CloudNativePG, 2 clusters each) created at once (50 concurrent POSTs) against the tests/kube API
server (its own process); the cluster simulator (its own process) plays the Deployment controller and CloudNativePG; the
operator runs in the bench process (WORKERS=32, RESYNC_SECONDS=3600, LOG_LEVEL=warn). "Ready" = Ready=True at the current
generation for every Tenant and ShardSet. API calls = the operator's requests (watches not counted) from the creation of the
objects until it is idle; writes = applies, patches, creates, deletes. Memory is the bench process's (operator plus the
bench's own client), sampled every 0.5 s; settled heap after a full GC. Resync = every primary enqueued once more with
nothing changed.

| Tenants | ShardSets | all Ready (s) | API calls / Tenant | writes / Tenant | peak RSS (MiB) | peak heap (MiB) | settled heap (MiB) | resync (s) | resync writes |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results.map(row).join('\n')}

**${big.tenants.toLocaleString('en')} Tenants all Ready in ${big.allReadySeconds} s** (goal < 60 s); a resync of the unchanged world makes **${big.resyncWrites} writes**.
Per Tenant the operator applies each of its ~50 objects once (9 services x Deployment, Service, HPA, PDB; 8 NetworkPolicies;
Namespace, ServiceAccount, ConfigMap, 2 Secrets, Ingress), patches the Tenant ~3 times (finalizer, status Progressing, Ready),
records ~2 Events and reads the keys Secret 1-2 times (a cache miss before the Secret exists): the calls are the objects,
not retries.

Profile (\`--profile DIR\`, \`node --cpu-prof\`), before -> after. Before, 1,000 Tenants did not finish in 8 minutes and
200 did not finish in 10: after every write the test API server's controllers (garbage collection, foreground deletion,
namespace and CRD cleanup) scanned every stored object four times (~70 % of its CPU at 200 Tenants), and the operator re-parsed
the CRD YAML for defaulting on every reconcile (16 % of its CPU) and re-rendered every Tenant with cdk8s on every event. Now the
server keeps uid / owner / namespace indexes and the controllers look only at what a write touched; each watch event is
serialised once per encoding and watch writes are corked per tick; JSON apply bodies skip the YAML parser. The operator
loads each schema once, skips the render when a Tenant's inputs and its objects' hashes are unchanged, and parses a watch
chunk in one pass. At 1,000 Tenants the API server is now the limit (~90 % of a core): admission (kubernetes-models
schema validation ~10 %, server-side apply ~8 %, JSON deep clones ~11 %, mostly of whole objects on /status writes and
creates), response and watch socket writes (~13 %). The two cores are nearly saturated: during the 1,000-Tenant ramp \`ps\`
shows the API server at ~85 % of a core, the operator ~63 % (cdk8s synthesis ~12 % of it, HTTP client ~10 %, GC ~8 %) and the
simulator 20-30 % (it parses every Deployment and HPA event). So the time is bound by the API server's CPU per write and by
the machine being shared; it varies between runs (1,000-Tenant runs during this work: 37.8 to 58.3 s; the table's is the
slowest), with the calls per Tenant steady. The goal is met, with little margin on 2 shared cores; the next saving would be
copy-on-write instead of whole-object deep clones for /status writes in the test server.
`;
}

/** A child whose stdin stays open (the pool academy answers `rows` there). */
function childWithStdin(args: string[], ready: RegExp): Promise<{ proc: ChildProcess; line: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = out.match(ready);
      if (m) {
        proc.stdout!.off('data', onData);
        resolve({ proc, line: m[0] });
      }
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

function child(args: string[], ready: RegExp): Promise<{ proc: ChildProcess; line: string }> {
  // node --import tsx (not the tsx wrapper): the pid is the process itself, so kill() stops it.
  // --profile DIR: V8 CPU profiles of the children (written when they exit on SIGTERM).
  const prof = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const proc = spawn(process.execPath, [...prof, '--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(ready);
      if (m) resolve({ proc, line: m[0] });
    });
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

const dir = await mkdtemp(join(tmpdir(), 'bench-operator-'));
const kubeconfig = join(dir, 'kubeconfig');
const kube = await child(['tests/kube/main.ts', '--kubeconfig', kubeconfig, '--load', 'crds/tenant.yaml', '--load', 'crds/shardset.yaml', '--load', 'crds/course.yaml', '--load', 'crds/tenantpool.yaml', '--load', 'tests/kube/fixtures/cnpg-cluster-crd.yaml'], /listening on (\S+)/);
const url = kube.line.split(' ').pop()!;
const sim = await child(['tests/operator/cluster-sim-main.ts', kubeconfig], /simulating/);
const kc = new KubeConfig();
kc.loadFromFile(kubeconfig);
const client = new KubeClient(kc);
for (const ns of ['academy', 'academy-system']) await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });

// --pooled: the pool's keys are made here (the operator keeps keys it finds), so its academy can
// start with the pool's service token before the operator runs.
let poolAcademy: { proc: ChildProcess; line: string } | undefined;
const extraEnv: Record<string, string> = {};
if (POOLED) {
  const keys = generateTenantKeys();
  await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'academy-pool-bench' } });
  await client.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'academy-keys', namespace: 'academy-pool-bench' }, stringData: { [SIGNING_KEYS_KEY]: JSON.stringify({ keys: keys.signingKeys }), [SERVICE_TOKEN_KEY]: keys.serviceToken } } as never);
  process.env.SERVICE_TOKEN = keys.serviceToken;
  poolAcademy = await childWithStdin(['bench/pool-academy-main.ts'], /listening on (\S+)/);
  delete process.env.SERVICE_TOKEN;
  extraEnv.POOL_URL_TEMPLATE = poolAcademy.line.split(' ').pop()!;
}

// --qps N: the operator's client-side limit (OPERATOR_QPS, burst 1.5 x N as controller-runtime's
// 20/30); 0 (the default here, to keep a run short): unlimited.
const QPS = Number(values.qps);
const config = loadOperatorConfig({ ...extraEnv, OPERATOR_QPS: String(QPS), OPERATOR_BURST: String(Math.max(1, Math.ceil(QPS * 1.5))), LEADER_ELECTION: 'false', METRICS_PORT: '0', OPERATOR_IMAGE: 'trendtactics/academy:bench', LOG_LEVEL: 'warn', RESYNC_SECONDS: '3600', WORKERS: '32' });
const operator = await startOperator({ config, log: pino({ level: 'warn' }), kubeConfig: kc, serveMetrics: false });
await operator.leading;
const countCalls = setInterval(() => {}, 1000);
const metricsTotal = async () => (await operator.metrics.apiRequests.get()).values.filter((v) => v.labels.verb !== 'watch').reduce((n, v) => n + v.value, 0);
const callsBefore = await metricsTotal();
const WRITE_VERBS = new Set(['apply', 'patch', 'create', 'update', 'delete']);
/** The operator's writes so far, by `verb resource`. */
async function writesBy(): Promise<Map<string, number>> {
  const by = new Map<string, number>();
  for (const v of (await operator.metrics.apiRequests.get()).values) {
    if (!WRITE_VERBS.has(String(v.labels.verb))) continue;
    const k = `${v.labels.verb} ${v.labels.resource}`;
    by.set(k, (by.get(k) ?? 0) + v.value);
  }
  return by;
}
const writesTotal = async () => [...(await writesBy()).values()].reduce((n, v) => n + v, 0);
const writesAtStart = await writesTotal();

const shardSet = (i: number) => ({
  apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'ShardSet', metadata: { name: `set-${i}`, namespace: 'academy' },
  spec: { logicalShards: 1024, engine: 'cloudnative-pg', clusters: [
    { name: 'pg-a', replicas: 1, storage: { size: '10Gi' }, shards: { from: 0, to: 511 } },
    { name: 'pg-b', replicas: 1, storage: { size: '10Gi' }, shards: { from: 512, to: 1023 } },
  ] },
});
const tenant = (i: number) => ({
  apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'Tenant', metadata: { name: `t${i}` },
  spec: POOLED
    ? { displayName: `Tenant ${i}`, isolation: 'pooled', poolRef: { name: 'bench' }, domains: [`t${i}.academy.example.com`], shardSetRef: { name: 'set-0', namespace: 'academy' } }
    : { displayName: `Tenant ${i}`, isolation: 'dedicated', domains: [`t${i}.academy.example.com`], shardSetRef: { name: `set-${i % SHARDSETS}`, namespace: 'academy' } },
});
const PRIMARIES = POOLED ? 1 : SHARDSETS;

// --pooled: the ShardSet and the pool are made, and Ready, before the clock starts (a pool is rendered once, not per Tenant).
let poolReadySeconds: number | undefined;
if (POOLED) {
  const t0 = Date.now();
  await client.create(shardSet(0) as never);
  await client.create({ apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'TenantPool', metadata: { name: 'bench' }, spec: { shardSetRef: { name: 'set-0', namespace: 'academy' }, maxTenants: 100000 } } as never);
  for (;;) {
    const pool = await client.read<any>('academy.trendtactics.io/v1alpha1', 'TenantPool', undefined, 'bench');
    if ((pool?.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True')) break;
    if (Date.now() - t0 > 300_000) throw new Error('the pool is not Ready after 5 minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
  poolReadySeconds = +((Date.now() - t0) / 1000).toFixed(1);
  while (!operator.idle()) await new Promise((r) => setTimeout(r, 100));
}
const callsAtPoolReady = await metricsTotal();
const byCallAtPoolReady = new Map<string, number>();
for (const v of (await operator.metrics.apiRequests.get()).values) if (v.labels.verb !== 'watch') byCallAtPoolReady.set(`${v.labels.verb} ${v.labels.resource}`, (byCallAtPoolReady.get(`${v.labels.verb} ${v.labels.resource}`) ?? 0) + v.value);
const writesAtPoolReady = await writesTotal();

const started = Date.now();
const cpuAtStart = process.cpuUsage();
const creator = new KubeClient(kc);
const objects = [...(POOLED ? [] : Array.from({ length: SHARDSETS }, (_, i) => shardSet(i))), ...Array.from({ length: TENANTS }, (_, i) => tenant(i))];
// The bench's own creates go over node:http, as a user's kubectl would send them: they count in
// "all Ready", and are not what is measured (through the operator's client-node path they took
// 3-10 s under load instead of ~1 s).
const createAgent = new Agent({ keepAlive: true, maxSockets: 50 });
const post = (o: { kind: string; metadata: { name: string; namespace?: string } }) =>
  new Promise<void>((resolve, reject) => {
    const path = `/apis/academy.trendtactics.io/v1alpha1/${o.metadata.namespace ? `namespaces/${o.metadata.namespace}/` : ''}${o.kind === 'Tenant' ? 'tenants' : 'shardsets'}`;
    const req = request(new URL(path, url), { method: 'POST', agent: createAgent, headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.once('end', () => ((res.statusCode ?? 0) < 300 ? resolve() : reject(new Error(`POST ${path}: ${res.statusCode}`))));
    });
    req.once('error', reject);
    req.end(JSON.stringify(o));
  });
for (let i = 0; i < objects.length; i += 50) await Promise.all(objects.slice(i, i + 50).map((o) => post(o as { kind: string; metadata: { name: string; namespace?: string } })));
createAgent.destroy();
const createdMs = Date.now() - started;

const readyCount = async () => {
  const [t, s] = await Promise.all([creator.list('academy.trendtactics.io/v1alpha1', 'Tenant'), creator.list('academy.trendtactics.io/v1alpha1', 'ShardSet')]);
  const isReady = (o: any) => (o.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True' && c.observedGeneration === o.metadata.generation);
  return t.items.filter(isReady).length + (POOLED ? 1 : s.items.filter(isReady).length);
};
let peakRss = 0;
let lastProgress = Date.now();
const reconciles = async () => (await operator.metrics.reconciles.get()).values.reduce((n, v) => n + v.value, 0);
let peakHeap = 0;
for (;;) {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  // A list that fails (a reset connection on a loaded machine) is tried again at the next poll.
  const n = await readyCount().catch(() => -1);
  if (n === TENANTS + PRIMARIES) break;
  if (Date.now() - lastProgress > 5000) {
    lastProgress = Date.now();
    console.error(`${((Date.now() - started) / 1000).toFixed(0)}s: ${n}/${TENANTS + PRIMARIES} Ready, ${await metricsTotal() - callsBefore} API calls, ${await reconciles()} reconciles`);
  }
  if (Date.now() - started > 3_600_000) throw new Error('not Ready after 60 minutes');
  // Listing 10,000 Tenants is itself work for the API server: poll less often for large runs.
  await new Promise((r) => setTimeout(r, TENANTS > 2000 ? 2000 : 500));
}
const readyMs = Date.now() - started;
const cpu = process.cpuUsage(cpuAtStart);
const operatorCpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
while (!operator.idle()) await new Promise((r) => setTimeout(r, 200));
const calls = (await metricsTotal()) - (POOLED ? callsAtPoolReady : callsBefore);
const byCall = new Map<string, number>();
for (const v of (await operator.metrics.apiRequests.get()).values) {
  if (v.labels.verb === 'watch') continue;
  const k = `${v.labels.verb} ${v.labels.resource}`;
  byCall.set(k, (byCall.get(k) ?? 0) + v.value);
}
// Pooled: the calls since the pool was Ready (what the Tenants cost).
for (const [k, n] of byCallAtPoolReady) byCall.set(k, (byCall.get(k) ?? 0) - n);
for (const [k, n] of byCall) if (n / TENANTS < 0.005) byCall.delete(k);
const eventReasons: Record<string, number> = {};
const eventExample: Record<string, string> = {};
for (const e of (await creator.list<any>('v1', 'Event')).items) {
  const k = `${e.involvedObject?.kind} ${e.reason}`;
  eventReasons[k] = (eventReasons[k] ?? 0) + (e.count ?? 1);
  eventExample[k] ??= String(e.message).slice(0, 300);
}
// A full GC before the settled reading (no --expose-gc needed).
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();
const settled = process.memoryUsage();

// A full resync of the unchanged world: every object reconciled once more.
const writesBefore = await writesTotal();
const writesByBefore = await writesBy();
const before = await reconciles();
const resync = await startResync();
async function startResync(): Promise<number> {
  // The operator's own resync timer, driven now: enqueue every primary key.
  const t0 = Date.now();
  operator.resyncNow();
  while ((await reconciles()) < before + TENANTS + PRIMARIES || !operator.idle()) await new Promise((r) => setTimeout(r, 100));
  return Date.now() - t0;
}
const resyncWrites = (await writesTotal()) - writesBefore;
// Which writes the resync made (verb and resource), so a non-zero count names its cause.
const resyncWritesBy = Object.fromEntries([...(await writesBy())].map(([k, n]) => [k, n - (writesByBefore.get(k) ?? 0)]).filter(([, n]) => Number(n) > 0));

clearInterval(countCalls);
let academyRows: number | undefined;
if (poolAcademy) {
  const answer = new Promise<string>((resolve) => poolAcademy!.proc.stdout!.once('data', (c: Buffer) => resolve(c.toString())));
  poolAcademy.proc.stdin!.write('rows\n');
  academyRows = Number((await answer).match(/rows (\d+)/)?.[1]);
}
const poolStatusWrites = (await operator.metrics.apiRequests.get()).values.filter((v) => v.labels.verb === 'patch' && v.labels.resource === 'tenantpools').reduce((n, v) => n + v.value, 0);
const result = {
  mode: POOLED ? 'pooled' : 'dedicated', eventReasons, eventExample, poolReadySeconds, academyRows, poolStatusWrites,
  tenants: TENANTS, shardSets: POOLED ? 1 : SHARDSETS, qps: QPS || 'unlimited', server: url,
  createdMs, allReadySeconds: +(readyMs / 1000).toFixed(1), operatorCpuSeconds,
  apiCallsPerTenant: +(calls / TENANTS).toFixed(1),
  writesPerTenant: +((writesBefore - (POOLED ? writesAtPoolReady : writesAtStart)) / TENANTS).toFixed(1),
  operatorPeakRssMiB: Math.round(peakRss / 2 ** 20), operatorPeakHeapMiB: Math.round(peakHeap / 2 ** 20), operatorSettledHeapMiB: Math.round(settled.heapUsed / 2 ** 20),
  resyncSeconds: +(resync / 1000).toFixed(1), resyncWrites, resyncWritesBy,
  callsPerTenantByVerb: Object.fromEntries([...byCall].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, +(n / TENANTS).toFixed(2)])),
};
console.log(JSON.stringify(result, null, 2));
if (values.result) writeFileSync(values.result, JSON.stringify(result));
await operator.stop();
client.close();
creator.close();
sim.proc.kill('SIGTERM');
poolAcademy?.proc.kill('SIGTERM');
kube.proc.kill('SIGTERM');
process.exit(0);
