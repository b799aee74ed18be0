import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { loadConfig } from '../../services/kit/config.ts';
import { createLogger } from '../../services/kit/logger.ts';
import { shardOfId } from '../../services/kit/db/ids.ts';
import { createRuntime, migrate, serve, type Serving } from '../../services/runtime.ts';
import { ALL_SERVICES } from '../../services/registry.ts';
import { seed } from '../../services/seed.ts';
import { shardMigrations } from '../../services/shards/cli.ts';
import type { ShardMap } from '../../services/kit/db/shard-map.ts';
import { fileMapStore } from '../../services/shards/map-store.ts';
import type { MoverOptions } from '../../services/shards/mover.ts';
import { ADMIN_PASSWORD, Api, adminToken, signUp } from '../support/academy.ts';
import { createTestDatabases } from '../support/databases.ts';
import { REDIS_URL } from '../support/env.ts';
import { buildCourse, nextTs, RIGHT_ANSWERS, userWithRole } from '../e2e/learning-support.ts';

export const LOGICAL = 8;

/**
 * An academy whose shard map is a file (as a mounted ConfigMap is): cluster `a` (also the
 * control database) owns every logical shard, `b` is an empty cluster to move to, `down` points at
 * a port nothing listens on.
 */
export async function startMovableAcademy() {
  const dbs = await createTestDatabases(2, 'mv');
  const dir = mkdtempSync(join(tmpdir(), 'academy-move-'));
  const mapFile = join(dir, 'shard-map.json');
  const map: ShardMap = {
    logicalShards: LOGICAL,
    clusters: [
      { name: 'a', primary: dbs.urls[0], replicas: [], ranges: [[0, LOGICAL - 1]] },
      { name: 'b', primary: dbs.urls[1], replicas: [], ranges: [] },
      { name: 'down', primary: 'postgres://postgres@127.0.0.1:1/nothing', replicas: [], ranges: [] },
    ],
  };
  writeFileSync(mapFile, JSON.stringify(map));
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: dbs.urls[0], SHARD_MAP: mapFile, REDIS_URL,
    REDIS_PREFIX: `test:${randomUUID().slice(0, 8)}:`, LOG_LEVEL: 'silent', SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
    RATE_LIMIT_PER_MINUTE: '100000', AUTH_RATE_LIMIT_PER_MINUTE: '100000', DB_POOL_MAX: '5', SHUTDOWN_GRACE_MS: '100',
  });
  const runtime = await createRuntime(config, createLogger('silent'));
  // The `down` cluster cannot be migrated: migrate the reachable ones only.
  const reachable = { ...runtime.ctx, dbs: { ...runtime.ctx.dbs, clusters: () => runtime.ctx.dbs.clusters().filter((c) => c.name !== 'down'), control: runtime.ctx.dbs.control } } as never;
  await migrate(reachable);
  await seed(runtime.ctx, ALL_SERVICES, () => {});
  const serving: Serving = await serve(runtime, 'all', 0);
  const api = new Api(serving.url);
  const moverOptions = (extra: Partial<MoverOptions> = {}): MoverOptions => ({
    mapStore: fileMapStore(mapFile), shardMigrations: shardMigrations(), batchRows: 50, freezeLeaseMs: 1500, graceMs: 3000, freezeAtLag: 20, ...extra,
  });
  return {
    api,
    ctx: runtime.ctx,
    urls: dbs.urls,
    mapFile,
    moverOptions,
    /** Waits until the serving process has loaded a map that gives `shard` to `cluster`. */
    async routed(shard: number, cluster: string) {
      await expect.poll(() => runtime.ctx.dbs.cluster(shard).name, { timeout: 10_000, interval: 100 }).toBe(cluster);
    },
    async stop() {
      await serving.stop();
      await dbs.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type MovableAcademy = Awaited<ReturnType<typeof startMovableAcademy>>;

/** A course whose quiz allows many attempts, so quiz writes can go on for a whole move. */
export async function courseForLoad(api: Api) {
  const admin = await adminToken(api);
  const instructor = (await userWithRole(api, admin, 'instructor')).accessToken;
  const course = await buildCourse(api, instructor, { title: `Load ${randomUUID().slice(0, 6)}`, publish: false });
  const quiz = await api.as(instructor).post(`/api/v1/modules/${course.moduleId}/lessons`, {
    title: 'Many attempts', type: 'quiz', passMark: 75, maxAttempts: 100,
    questions: [{ kind: 'single', prompt: 'Pick B', options: ['A', 'B', 'C'], answer: 1 }],
  });
  expect(quiz.status, quiz.text).toBe(201);
  expect((await api.as(instructor).post(`/api/v1/courses/${course.id}/publish`)).status).toBe(200);
  const more = [];
  for (let i = 0; i < 3; i++) more.push((await buildCourse(api, instructor, { title: `Extra ${i} ${randomUUID().slice(0, 6)}` })).id);
  return { ...course, quiz: quiz.body.id as string, extraCourses: more };
}

/** What one learner had acknowledged: the server said yes to each of these. */
export interface Acked {
  userId: string;
  shard: number;
  /** Newest acknowledged heartbeat of the video lesson. */
  heartbeat?: { clientTs: number; position: number };
  attempts: number[];
  enrollments: string[];
}

/**
 * Several learners writing at a steady rate (heartbeats, quiz attempts, enrollments) until
 * stopped; a 503 with Retry-After is retried, counted, and is never an acknowledged write.
 */
export async function startWriters(api: Api, course: Awaited<ReturnType<typeof courseForLoad>>, learners: number) {
  const users = [];
  while (users.length < learners) users.push(await signUp(api, { name: `Writer ${users.length}` }));
  const acked: Acked[] = users.map((u) => ({ userId: u.id, shard: shardOfId(u.id), attempts: [], enrollments: [] }));
  const stats = { writes: 0, retried: 0, failed: [] as string[], retriedByShard: new Map<number, number>(), longestPauseMs: 0 };
  let running = true;
  const send = async (shard: number, fn: () => Promise<{ status: number; text: string; body: any; headers: Headers }>, ok: number) => {
    let pausedAt: number | undefined;
    for (;;) {
      const res = await fn();
      if (res.status === ok) {
        stats.writes++;
        if (pausedAt) stats.longestPauseMs = Math.max(stats.longestPauseMs, Date.now() - pausedAt);
        return res;
      }
      if (res.status === 503 && res.body?.code === 'shard_moving') {
        expect(res.headers.get('retry-after')).toBe('1');
        pausedAt ??= Date.now();
        stats.retried++;
        stats.retriedByShard.set(shard, (stats.retriedByShard.get(shard) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      stats.failed.push(`${res.status} ${res.text}`);
      return undefined;
    }
  };
  const loops = users.map(async (u, i) => {
    const as = api.as(u.accessToken);
    const a = acked[i];
    if (await send(a.shard, () => as.post(`/api/v1/courses/${course.id}/enrollments`), 201)) a.enrollments.push(course.id);
    let n = 0;
    while (running) {
      const ts = nextTs();
      const position = 1 + (n % 90);
      if (await send(a.shard, () => as.put(`/api/v1/progress/lessons/${course.video}`, { positionSeconds: position, clientTs: ts }), 200)) a.heartbeat = { clientTs: ts, position };
      if (n % 5 === 2) {
        const r = await send(a.shard, () => as.post(`/api/v1/quizzes/${course.quiz}/attempts`, { answers: [RIGHT_ANSWERS[0]] }), 201);
        if (r) a.attempts.push(r.body.attempt);
      }
      const extra = course.extraCourses[a.enrollments.length - 1];
      if (n % 7 === 3 && extra) if (await send(a.shard, () => as.post(`/api/v1/courses/${extra}/enrollments`), 201)) a.enrollments.push(extra);
      n++;
      await new Promise((r) => setTimeout(r, 40));
    }
  });
  return {
    acked,
    stats,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
