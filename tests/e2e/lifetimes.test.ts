import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, uniqueEmail } from '../support/academy.ts';
import { createTestDatabases } from '../support/databases.ts';
import { REDIS_URL } from '../support/env.ts';
import { PROGRAM_TIMEOUT_MS, startProgram, type RunningProgram } from '../support/program.ts';

/**
 * Issue #7: sign-in died once the server had been up for a minute — the key ring reloaded its
 * keys lazily through the pool whose only connection the sign-in's transaction held. Every hand
 * check ran in the first minute. Here the real program runs with every lifetime shortened (key
 * reload 1 s, per-process caches 1 s) and each path a user takes is walked again after those
 * lifetimes have passed, on the embedded default and on real Postgres with a one-connection pool.
 */
const ADMIN_PASSWORD = 'lifetime-admin-pass';
const SHORT_LIFETIMES = { SIGNING_KEY_RELOAD_SECONDS: '1', CACHE_TTL_SECONDS: '1', SEED_ADMIN_PASSWORD: ADMIN_PASSWORD };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One walk through the paths that reload something lazily: keys, tenants, profiles, outlines. */
async function walk(api: Api, learner: { email: string; password: string }): Promise<void> {
  const statuses: Record<string, number> = {};
  const admin = await api.post('/api/v1/auth/login', { email: 'admin@demo.local', password: ADMIN_PASSWORD });
  statuses.adminLogin = admin.status;
  const fresh = await api.post('/api/v1/auth/register', { email: uniqueEmail('lifetime'), password: 'correct horse battery', name: 'Late Comer' });
  statuses.register = fresh.status;
  const login = await api.post('/api/v1/auth/login', learner);
  statuses.login = login.status;
  const refreshed = await api.post('/api/v1/auth/refresh', { refreshToken: login.body.refreshToken });
  statuses.refresh = refreshed.status;
  const as = api.as(refreshed.body.accessToken);
  statuses.me = (await as.get('/api/v1/users/me')).status;
  const catalog = await as.get('/api/v1/courses');
  statuses.catalog = catalog.status;
  const course = catalog.body.items[0];
  const outline = await as.get(`/api/v1/courses/${course.slug}`);
  statuses.outline = outline.status;
  statuses.enroll = (await as.post(`/api/v1/courses/${course.id}/enrollments`)).status;
  const lesson = outline.body.modules[0].lessons[0];
  statuses.heartbeat = (await as.put(`/api/v1/progress/lessons/${lesson.id}`, { positionSeconds: 3, clientTs: new Date().toISOString() })).status;
  statuses.progress = (await as.get(`/api/v1/progress/courses/${course.id}`)).status;
  expect(statuses).toEqual({
    adminLogin: 200, register: 201, login: 200, refresh: 200, me: 200, catalog: 200, outline: 200,
    enroll: expect.toSatisfy((s: number) => s === 200 || s === 201), heartbeat: 200, progress: 200,
  });
}

async function outlive(program: RunningProgram) {
  const api = new Api(program.url);
  const learner = { email: uniqueEmail('outlive'), password: 'correct horse battery' };
  expect((await api.post('/api/v1/auth/register', { ...learner, name: 'Long Stay' })).status).toBe(201);
  await walk(api, learner);
  for (let round = 0; round < 2; round++) {
    await sleep(2_500); // past the key reload and every cache lifetime
    await walk(api, learner);
  }
  expect(program.output()).not.toMatch(/SecondConnectionError|KnexTimeoutError/);
}

describe('the running program after its keys and caches have expired', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'academy-lifetimes-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('signs in, registers, refreshes and serves learning on the embedded default', async () => {
    const program = await startProgram({ ...SHORT_LIFETIMES, DATA_DIR: dataDir });
    try {
      await outlive(program);
    } finally {
      expect(await program.stop()).toBe(0);
    }
  }, PROGRAM_TIMEOUT_MS);

  it('does the same on real Postgres and Redis with a one-connection pool', async () => {
    const dbs = await createTestDatabases(1, 'life');
    const program = await startProgram(
      { ...SHORT_LIFETIMES, DATABASE_URL: dbs.urls[0], REDIS_URL, REDIS_PREFIX: `test:life:${Date.now()}:`, DB_POOL_MAX: '1', DB_STRICT_TRANSACTIONS: 'true' },
      ['serve', '--migrate', '--seed'],
    );
    try {
      await outlive(program);
    } finally {
      expect(await program.stop()).toBe(0);
      await dbs.drop();
    }
  }, PROGRAM_TIMEOUT_MS);
});
