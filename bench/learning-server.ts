// The process under test for bench/learning.ts and bench/ratios.ts: the academy (all services) on a
// fresh database of the local PostgreSQL and a fresh Redis prefix, seeded, with learners enrolled in
// the demo course; and, in the same process, the spine benchmark's bare Express route (and its bare
// write route on the same database, bench/bare-route.ts). Prints one JSON line.
//
// BENCH_WORKERS=N (N > 1): a node cluster instead — this process sets up the database and the
// learners, then forks N workers that each serve the academy and the bare routes on shared ports
// (the bare route gets the same cluster, as issue 13 requires of a clustered comparison). The bare
// app's /cpu then reports the CPU of the primary and every worker.
import cluster from 'node:cluster';
import { startBareRoute } from './bare-route.ts';
import { loadConfig } from '../services/kit/config.ts';
import { createRuntime, migrate, serve } from '../services/runtime.ts';
import { ALL_SERVICES } from '../services/registry.ts';
import { seed } from '../services/seed.ts';
import { DEMO_COURSE_SLUG } from '../services/courses/seed.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { Api, signUp } from '../tests/support/academy.ts';
import { freePort } from '../tests/support/ports.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 64);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const configFor = (databaseUrl: string) => loadConfig({ ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' });

if (cluster.isWorker) {
  const { BENCH_DB, BENCH_ACADEMY_PORT, BENCH_BARE_PORT, BENCH_COURSE, BENCH_LESSON } = process.env as Record<string, string>;
  const serving = await serve(await createRuntime(configFor(BENCH_DB)), 'all', Number(BENCH_ACADEMY_PORT));
  const bare = await startBareRoute({ databaseUrl: BENCH_DB, courseId: BENCH_COURSE, lessonId: BENCH_LESSON }, Number(BENCH_BARE_PORT));
  process.on('SIGTERM', () => void Promise.all([bare.close(), serving.stop()]).then(() => process.exit(0)));
  process.send!('ready');
} else {
  const dbs = await createTestDatabases(1, 'bench');
  const databaseUrl = dbs.urls[0]!;
  const runtime = await createRuntime(configFor(databaseUrl));
  await migrate(runtime.ctx);
  await seed(runtime.ctx, ALL_SERVICES, () => {});
  const serving = await serve(runtime, 'all', 0);

  const api = new Api(serving.url);
  const outline = (await api.get(`/api/v1/courses/${DEMO_COURSE_SLUG}`)).body;
  const video = outline.modules[0].lessons.find((l: { type: string }) => l.type === 'video');
  const tokens: string[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const learner = await signUp(api, { name: `Bench ${i}` });
    const enrolled = await api.as(learner.accessToken).post(`/api/v1/courses/${outline.id}/enrollments`);
    if (enrolled.status !== 201) throw new Error(`enrollment failed: ${enrolled.status} ${enrolled.text}`);
    tokens.push(learner.accessToken);
  }
  const info = { databaseUrl, courseId: outline.id, lessonId: video.id, tokens };

  if (WORKERS > 1) {
    await serving.stop();
    const ports = { academy: await freePort(), bare: await freePort() };
    const env = { BENCH_DB: databaseUrl, BENCH_ACADEMY_PORT: String(ports.academy), BENCH_BARE_PORT: String(ports.bare), BENCH_COURSE: outline.id, BENCH_LESSON: video.id };
    const workers = Array.from({ length: WORKERS }, () => cluster.fork(env));
    // A worker that dies before it serves fails the bench at once instead of leaving it waiting.
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => (w.once('message', resolve), w.once('exit', (code) => reject(new Error(`a worker exited with ${code} before serving`)))))));
    process.stdout.write(JSON.stringify({ ...ports, ...info }) + '\n');
    process.on('SIGTERM', () => {
      Promise.all(workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.kill('SIGTERM')))))
        .then(() => dbs.drop())
        .then(() => process.exit(0));
    });
  } else {
    const bare = await startBareRoute({ databaseUrl, courseId: outline.id, lessonId: video.id });
    process.stdout.write(JSON.stringify({ academy: serving.port, bare: bare.port, ...info }) + '\n');
    process.on('SIGTERM', () => {
      Promise.all([bare.close(), serving.stop()]).then(() => dbs.drop()).then(() => process.exit(0));
    });
  }
}
