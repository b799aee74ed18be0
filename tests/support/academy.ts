import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import { loadConfig, type Config } from '../../services/kit/config.ts';
import { createLogger } from '../../services/kit/logger.ts';
import { createRuntime, migrate, serve } from '../../services/runtime.ts';
import { ALL_SERVICES } from '../../services/registry.ts';
import { ensureTenant } from '../../services/tenants.ts';
import { seed } from '../../services/seed.ts';
import type { ServiceContext } from '../../services/kit/context.ts';
import type { ShardMap } from '../../services/kit/db/shard-map.ts';
import { createTestDatabases } from './databases.ts';
import { REDIS_URL } from './env.ts';

export const ADMIN_PASSWORD = 'seeded-admin-password-1';

export interface TestAcademy {
  url: string;
  ctx: ServiceContext;
  /** The physical shard databases (the first is also the control database). */
  databaseUrls: string[];
  api: Api;
  stop(): Promise<void>;
}

export interface TestAcademyOptions {
  /** Physical databases for user shards (the control database is the first). @default 1 */
  physicalShards?: number;
  /** @default 8 */
  logicalShards?: number;
  /** Extra environment for the config. */
  env?: Record<string, string>;
  /** Run the seed (demo tenant, admin, demo content). @default true */
  seed?: boolean;
  /** Use real Redis (else the in-process adapter). @default true */
  redis?: boolean;
  /** Collects the academy's log lines (JSON) here, at LOG_LEVEL (info unless env says otherwise). */
  logs?: string[];
}

/**
 * A quiet academy still records what it answered with a 5xx: error lines go to
 * .test-results/academy-errors.log (tagged with the test file), which scripts/test-summary.mjs
 * prints when a run fails, so a 500 seen only in CI shows its cause.
 */
function errorLog(level: string) {
  // Outside vitest (web/scripts/generate-api.ts starts an academy too) there is no test to tag.
  const testPath = process.env.VITEST ? expect.getState().testPath : undefined;
  if (level !== 'silent' || !testPath) return createLogger(level);
  mkdirSync('.test-results', { recursive: true });
  const file = basename(testPath);
  return createLogger('error', { write: (line: string) => appendFileSync('.test-results/academy-errors.log', `${file} ${line}`) });
}

/**
 * A whole academy on real PostgreSQL (fresh databases) and real Redis (a fresh key prefix),
 * listening on a random port: what the end-to-end tests talk to over HTTP.
 */
export async function startTestAcademy(opts: TestAcademyOptions = {}): Promise<TestAcademy> {
  const physical = opts.physicalShards ?? 1;
  const logical = opts.logicalShards ?? 8;
  const dbs = await createTestDatabases(physical);
  const per = Math.ceil(logical / physical);
  const map: ShardMap = {
    logicalShards: logical,
    clusters: dbs.urls.map((url, i) => ({ name: `pg${i}`, primary: url, replicas: [], ranges: [[i * per, Math.min(logical, (i + 1) * per) - 1]] as [number, number][] })),
  };
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: dbs.urls[0],
    SHARD_MAP: JSON.stringify(map),
    ...(opts.redis === false ? {} : { REDIS_URL }),
    REDIS_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
    // Two cores shared by parallel suites: a 500 ms Redis command can be slow without Redis being
    // down. Tests of Redis faults set their own (tests/e2e/redis-down.test.ts).
    REDIS_COMMAND_TIMEOUT_MS: '2000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? (opts.logs ? 'info' : 'silent'),
    SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    TENANT_LOOKUPS_PER_MINUTE: '100000',
    DB_POOL_MAX: '5',
    DB_STRICT_TRANSACTIONS: 'true',
    COOKIE_SECURE: 'true',
    SHUTDOWN_GRACE_MS: '100',
    ...opts.env,
  });
  const logs = opts.logs;
  const runtime = await createRuntime(config, logs ? createLogger(config.LOG_LEVEL, { write: (line: string) => void logs.push(line) }) : errorLog(config.LOG_LEVEL));
  await migrate(runtime.ctx);
  if (opts.seed !== false) await seed(runtime.ctx, ALL_SERVICES, () => {});
  const serving = await serve(runtime, 'all', 0);
  return {
    url: serving.url,
    ctx: runtime.ctx,
    databaseUrls: dbs.urls,
    api: new Api(serving.url),
    async stop() {
      await serving.stop();
      await dbs.drop();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A small JSON client: tenant via X-Tenant, token via Authorization. */
export class Api {
  constructor(readonly base: string, readonly defaults: { tenant?: string; token?: string } = {}) {}

  as(token: string | undefined, tenant = this.defaults.tenant): Api {
    return new Api(this.base, { tenant, token });
  }

  at(tenant: string): Api {
    return new Api(this.base, { ...this.defaults, tenant });
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.defaults.tenant) h['x-tenant'] = this.defaults.tenant;
    if (this.defaults.token) h.authorization = `Bearer ${this.defaults.token}`;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body ?? {}, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}

let counter = 0;
/** A unique email for a test user. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}@example.com`;
}

/** Registers a user and returns their tokens and id. */
export async function signUp(api: Api, overrides: Partial<{ email: string; password: string; name: string }> = {}) {
  const body = { email: uniqueEmail(), password: 'correct horse battery', name: 'Test Learner', ...overrides };
  const res = await api.post('/api/v1/auth/register', body);
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  return { ...body, id: res.body.user.id as string, accessToken: res.body.accessToken as string, refreshToken: res.body.refreshToken as string };
}

/** Signs in the seeded demo admin. */
export async function adminToken(api: Api): Promise<string> {
  const res = await api.post('/api/v1/auth/login', { email: 'admin@demo.local', password: ADMIN_PASSWORD });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${res.text}`);
  return res.body.accessToken;
}

/** Creates another academy (tenant) in the same installation. */
export async function createTenant(ctx: ServiceContext, slug: string, domains: string[] = []) {
  const t = await ensureTenant(ctx.dbs.control, { slug, name: `Academy ${slug}`, domains });
  await ctx.tenants.invalidate();
  return t;
}
