// The process under test for bench/learning.ts: the academy (all services) on a fresh database of
// the local PostgreSQL and a fresh Redis prefix, seeded, with learners enrolled in the demo course;
// and, in the same process, the spine benchmark's bare Express route (and its bare write route on
// the same database, bench/bare-route.ts). Prints one JSON line.
import { startBareRoute } from './bare-route.ts';
import { loadConfig } from '../services/kit/config.ts';
import { createRuntime, migrate, serve } from '../services/runtime.ts';
import { ALL_SERVICES } from '../services/registry.ts';
import { seed } from '../services/seed.ts';
import { DEMO_COURSE_SLUG } from '../services/courses/seed.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { Api, signUp } from '../tests/support/academy.ts';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 64);
const dbs = await createTestDatabases(1, 'bench');
const config = loadConfig({ ...process.env, DATABASE_URL: dbs.urls[0], PORT: '0', HOST: '127.0.0.1' });
const runtime = await createRuntime(config);
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

const bare = await startBareRoute({ databaseUrl: dbs.urls[0]!, courseId: outline.id, lessonId: video.id });
process.stdout.write(JSON.stringify({ academy: serving.port, bare: bare.port, databaseUrl: dbs.urls[0], courseId: outline.id, lessonId: video.id, tokens }) + '\n');
process.on('SIGTERM', () => {
  Promise.all([bare.close(), serving.stop()]).then(() => dbs.drop()).then(() => process.exit(0));
});
