import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

export interface Figure {
  name: string;
  requestsPerSec: number;
  /** Server CPU time per request (µs), when the server reports it. */
  cpuMicrosPerReq?: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

/** Runs autocannon against one URL and returns the averages. */
export async function measure(name: string, opts: autocannon.Options): Promise<Figure> {
  const r = await autocannon({ connections: 32, duration: 8, ...opts });
  if (r.non2xx && process.env.BENCH_DEBUG) {
    const res = await fetch(opts.url, { headers: opts.headers as Record<string, string> });
    console.error(name, JSON.stringify(r.statusCodeStats), 'now:', res.status, (await res.text()).slice(0, 300), res.headers.get('ratelimit'));
  }
  return { name, requestsPerSec: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx };
}

/** Starts a bench server script in its own process; resolves with the JSON line it prints. */
export async function startServer<T>(script: string, env: Record<string, string>, wrap: string[] = [], opts: { cwd?: string; nodeArgs?: string[] } = {}): Promise<{ child: ChildProcess; info: T }> {
  const argv = [process.execPath, ...(opts.nodeArgs ?? []), '--import', 'tsx', script];
  const child = spawn(wrap[0] ?? argv[0]!, [...wrap.slice(1), ...(wrap.length ? argv : argv.slice(1))], { cwd: opts.cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<T>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      // The first JSON line that is not a log line (a warning may come before it).
      const line = buf.split('\n').find((l) => l.startsWith('{') && l.endsWith('}') && !('level' in JSON.parse(l)));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, info };
}

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
}

export function table(figures: Figure[]): string {
  const rows = figures.map(
    (f) => `| ${f.name} | ${f.requestsPerSec.toLocaleString('en')} | ${f.cpuMicrosPerReq ?? '–'} | ${f.p50Ms} | ${f.p99Ms} | ${f.non2xx} |`,
  );
  return ['| route | requests/s | server CPU µs/request | p50 ms | p99 ms | non-2xx |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

/**
 * Measures with a warm-up, twice, alternating with the other routes by the caller, and reads the
 * server's CPU time around each run (`cpu` returns microseconds used so far).
 */
export async function measureWithCpu(name: string, opts: autocannon.Options, cpu?: () => Promise<number>): Promise<Figure> {
  const before = cpu ? await cpu() : 0;
  const f = await measure(name, opts);
  if (cpu) {
    const requests = f.requestsPerSec * Number(opts.duration ?? 8);
    f.cpuMicrosPerReq = Math.round(((await cpu()) - before) / Math.max(1, requests));
  }
  return f;
}

/** Averages figures of the same route from several rounds. */
export function average(figures: Figure[]): Figure {
  const avg = (k: keyof Figure) => Math.round(figures.reduce((s, f) => s + Number(f[k] ?? 0), 0) / figures.length);
  return {
    name: figures[0].name,
    requestsPerSec: avg('requestsPerSec'),
    cpuMicrosPerReq: figures[0].cpuMicrosPerReq === undefined ? undefined : avg('cpuMicrosPerReq'),
    p50Ms: avg('p50Ms'),
    p99Ms: avg('p99Ms'),
    non2xx: figures.reduce((s, f) => s + f.non2xx, 0),
  };
}

/** Replaces (or appends) the `## <title>` section of docs/benchmarks.md. */
export function writeSection(title: string, body: string, file = 'docs/benchmarks.md') {
  const header = '# Benchmarks\n\nMeasured with `npm run bench` (autocannon, in-process client, loopback). Numbers are from one run on the machine named in each section; compare figures within a section, not across machines.\n';
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const start = doc.indexOf(`\n## ${title}\n`);
  const section = `\n## ${title}\n\n${body.trim()}\n`;
  if (start < 0) doc = doc.trimEnd() + '\n' + section;
  else {
    const next = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + section + (next < 0 ? '' : doc.slice(next));
  }
  writeFileSync(file, doc);
}

/**
 * Environment of an academy under benchmark: production mode, quiet logs, and rate limits raised
 * (the bench client is a few users on one IP; production limits would stop it in a second — the
 * limiter still counts every request).
 */
export function benchEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    SEED_ADMIN_PASSWORD: 'bench-admin-password',
    RATE_LIMIT_PER_MINUTE: '100000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
    ...extra,
  };
}
