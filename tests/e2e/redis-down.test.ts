import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { adminToken, signUp, startTestAcademy, type Api, type TestAcademy } from '../support/academy.ts';
import { createTestDatabases } from '../support/databases.ts';
import { REDIS_URL } from '../support/env.ts';
import { closedPort, TcpProxy } from '../support/tcp-proxy.ts';
import { buildCourse } from './learning-support.ts';

/**
 * Redis really unreachable (issue 8, item 6): a closed port at start-up, and a TCP proxy in front
 * of the machine's Redis that the test stops (connections cut, new ones refused) and starts again.
 * Requests are given 5 s to answer: the point is that they answer, not how fast.
 */
const redis = new URL(REDIS_URL);
const target = { host: redis.hostname, port: Number(redis.port || 6379) };
const LIMIT = 60;
const answers = () => ({ signal: AbortSignal.timeout(5000) });

function program(env: Record<string, string>, args: string[]) {
  const child = spawn(process.execPath, ['bin/academy.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

describe('Redis unreachable at start-up', () => {
  it('stops the program with a message naming REDIS_URL instead of waiting forever', async () => {
    const port = await closedPort();
    const p = program({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_CONNECT_TIMEOUT_MS: '1000', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', PORT: '0' }, ['serve']);
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(new RegExp(`academy: REDIS_URL: cannot reach Redis at 127\\.0\\.0\\.1:${port} \\(no connection within 1000 ms \\(ECONNREFUSED\\)\\)`));
    expect(p.output()).not.toMatch(/academy listening/);
  });
});

describe('Redis lost while serving', () => {
  const proxy = new TcpProxy(target);
  let academy: TestAcademy;
  let api: Api;
  let admin: string;
  let learner: Api;
  let learnerCreds: { email: string; password: string };

  beforeAll(async () => {
    await proxy.start();
    academy = await startTestAcademy({ seed: true, env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, REDIS_COMMAND_TIMEOUT_MS: '500', RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    api = academy.api;
    admin = await adminToken(api);
    const u = await signUp(api);
    learner = api.as(u.accessToken);
    learnerCreds = { email: u.email, password: u.password };
    // The catalog page is now cached in Redis (generation 0 of the tenant).
    expect((await api.get('/api/v1/courses')).status).toBe(200);
    await proxy.stop();
    while (academy.ctx.kv.available) await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(async () => {
    await academy?.stop();
    await proxy.stop();
  });

  it('/readyz says 503, naming redis, while the database is fine', async () => {
    const res = await fetch(`${academy.url}/readyz`, answers());
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ checks: { database: 'ok', redis: 'failing' } });
  });

  it('the catalog is answered from the database', async () => {
    const res = await api.get('/api/v1/courses');
    expect(res.status, res.text).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('signed-in reads go on, rate limited per process', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await learner.get('/api/v1/users/me')).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(200));
    const over = await learner.get('/api/v1/users/me');
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('rate_limited');
  });

  it('sign-in is refused with 503 and Retry-After (its limit cannot count)', async () => {
    const res = await api.post('/api/v1/auth/login', learnerCreds);
    expect(res.status, res.text).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('rate_limit_unavailable');
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('a publish succeeds, and once Redis is back the catalog cached before the outage is not served', async () => {
    const course = await buildCourse(api, admin, { title: 'Published while Redis was down' });
    const slugs = async () => ((await api.get('/api/v1/courses')).body.items as { slug: string }[]).map((c) => c.slug);
    expect(await slugs()).toContain(course.slug);

    await proxy.start();
    await expect.poll(async () => (await fetch(`${academy.url}/readyz`, answers())).status, { timeout: 10_000 }).toBe(200);
    await expect.poll(slugs, { timeout: 10_000 }).toContain(course.slug);
    // The shared limiter counts again: sign-in works.
    await expect.poll(async () => (await api.post('/api/v1/auth/login', learnerCreds)).status, { timeout: 10_000 }).toBe(200);
  });
});

describe('SIGTERM while Redis is down', () => {
  it('exits within its grace period instead of hanging', async () => {
    const proxy = await new TcpProxy(target).start();
    const dbs = await createTestDatabases(1, 'sigterm');
    try {
      const p = program(
        { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, REDIS_PREFIX: `test:sigterm:${Date.now()}:`, DATABASE_URL: dbs.urls[0], PORT: '0', HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '500' },
        ['serve', '--migrate'],
      );
      await expect.poll(p.output, { timeout: 30_000, interval: 200 }).toMatch(/academy listening on|academy: /);
      const port = /listening on http:\/\/localhost:(\d+)/.exec(p.output())![1];
      await proxy.stop();
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/readyz`, answers())).status).toBe(503);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.output()).toMatch(/shutting down/);
    } finally {
      await proxy.stop();
      await dbs.drop();
    }
  });
});
