/**
 * Course publishing end to end: the operator publishes the sample Course to a real academy (real
 * PostgreSQL and Redis) standing in for the tenant's pods, started with the service token from
 * the tenant Secret the operator made — as the pods get it through `envFrom`.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KubeTestServer } from '../kube/server.ts';
import type { RunningOperator } from '../../operator/manager.ts';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, condition, ready, sample, settled, startCluster, startSim, startTestOperator, waitFor } from './harness.ts';

const PUBLISH_PATH = '/api/v1/internal/courses/growth-marketing-101';

/** Forwards to `target`, counting the publish requests (PUT) of each path on the way. */
async function countingProxy(target: string): Promise<{ url: string; puts: Map<string, number>; server: Server }> {
  const puts = new Map<string, number>();
  const server = createServer((req, res) => {
    if (req.method === 'PUT') puts.set(req.url ?? '', (puts.get(req.url ?? '') ?? 0) + 1);
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => res.destroy(err));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, puts, server };
}

let server: KubeTestServer;
let sim: ClusterSim;
let operator: RunningOperator | undefined;
let site: TestAcademy;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
const publishes = () => proxy.puts.get(PUBLISH_PATH) ?? 0;
/** Course reconciles the operator finished, whatever their result. */
const courseReconciles = async () => (await operator!.metrics.reconciles.get()).values.filter((v) => v.labels.kind === 'Course').reduce((n, v) => n + v.value, 0);

beforeAll(async () => {
  server = await startCluster();
  sim = await startSim(server);
  const first = await startTestOperator(server);
  server.objects.create(sample('shardset-demo.yaml'));
  server.objects.create(sample('tenant-demo.yaml'));
  await waitFor('demo Ready', () => ready(academy(server, 'Tenant', undefined, 'demo')));
  await first.stop();
  const secret = server.objects.get('v1', 'Secret', 'academy-demo', 'academy-keys')!;
  const token = Buffer.from((secret.data as Record<string, string>).SERVICE_TOKEN, 'base64').toString();
  site = await startTestAcademy({ env: { SERVICE_TOKEN: token } });
  proxy = await countingProxy(site.url);
  operator = await startTestOperator(server, { COURSES_URL_TEMPLATE: proxy.url, POD_NAME: 'with-academy' });
  await operator.leading;
}, 120_000);
afterAll(async () => {
  await operator?.stop();
  await sim?.stop();
  proxy?.server.closeAllConnections();
  await new Promise((r) => (proxy ? proxy.server.close(r) : r(undefined)));
  await site?.stop();
  await server?.close();
});

it('publishes the sample Course with the service token and records the version', async () => {
  server.objects.create(sample('course-demo.yaml'));
  await waitFor('course Ready', () => ready(academy(server, 'Course', 'academy', 'growth-marketing-101')));
  const course = academy(server, 'Course', 'academy', 'growth-marketing-101')!;
  expect(course.status).toMatchObject({ publishedVersion: 1, courseId: expect.any(String), publishedHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(condition(course, 'Published')).toMatchObject({ status: 'True', reason: 'Reconciled' });
  const res = await fetch(`${site.url}/api/v1/courses/growth-marketing-101`, { headers: { 'X-Tenant': 'demo' } });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ title: 'Growth Marketing 101' });
  expect(publishes()).toBeGreaterThanOrEqual(1);
});

it('publishes a new version when the content changes, and none when it does not', async () => {
  const course = academy(server, 'Course', 'academy', 'growth-marketing-101')!;
  const publishedBefore = publishes();
  server.objects.upsert({ ...course, spec: { ...(course.spec as object), title: 'Growth Marketing 101 (2nd edition)' } });
  await waitFor('version 2', () => (academy(server, 'Course', 'academy', 'growth-marketing-101')?.status as { publishedVersion?: number }).publishedVersion === 2);
  await waitFor('Ready at the new generation', () => ready(academy(server, 'Course', 'academy', 'growth-marketing-101')));
  expect(publishes()).toBeGreaterThan(publishedBefore);
  const after = academy(server, 'Course', 'academy', 'growth-marketing-101')!;
  await settled(operator!);
  const publishedAfterEdit = publishes();
  const reconciledBefore = await courseReconciles();
  server.objects.upsert({ ...after, metadata: { ...after.metadata, labels: { team: 'growth' } } });
  // The label change was reconciled (not merely missed), and that reconcile published nothing.
  await waitFor('the label change reconciled', async () => (await courseReconciles()) > reconciledBefore);
  await settled(operator!);
  expect(publishes()).toBe(publishedAfterEdit);
  expect((academy(server, 'Course', 'academy', 'growth-marketing-101')?.status as { publishedVersion?: number }).publishedVersion).toBe(2);
});

it('a course the service refuses (another resource manages the slug) is Ready=False with the reason, not a crash loop', async () => {
  const other = structuredClone(sample('course-demo.yaml')) as any;
  other.metadata.name = 'impostor';
  server.objects.create(other);
  await waitFor('conflict reported', () => condition(academy(server, 'Course', 'academy', 'impostor'), 'Ready')?.reason === 'PublishConflict');
  expect(condition(academy(server, 'Course', 'academy', 'impostor'), 'Degraded')).toMatchObject({ status: 'True', message: expect.stringContaining('409') });
  expect(ready(academy(server, 'Course', 'academy', 'growth-marketing-101'))).toBe(true);
});

it('a publish refused for good is not retried until the Course changes', async () => {
  await settled(operator!);
  const requeues = async () => (await operator!.metrics.reconciles.get()).values.filter((v) => v.labels.kind === 'Course' && v.labels.result === 'requeue').reduce((n, v) => n + v.value, 0);
  // No Course reconcile of this suite asked for a backoff retry: the conflict was not put back in the queue.
  expect(await requeues()).toBe(0);
  const putsBefore = publishes();
  // A resync looks at the impostor again and sends nothing.
  const reconciledBefore = await courseReconciles();
  operator!.resyncNow();
  await waitFor('the resync reconciled both courses', async () => (await courseReconciles()) >= reconciledBefore + 2);
  await settled(operator!);
  expect(publishes()).toBe(putsBefore);
  // A change of the Course (a new generation) tries once more, and is refused again.
  const impostor = academy(server, 'Course', 'academy', 'impostor')!;
  server.objects.upsert({ ...impostor, spec: { ...(impostor.spec as object), title: 'Still not mine' } });
  const generation = academy(server, 'Course', 'academy', 'impostor')!.metadata.generation;
  await waitFor('refused at the new generation', () => condition(academy(server, 'Course', 'academy', 'impostor'), 'Published')?.observedGeneration === generation);
  await settled(operator!);
  expect(publishes()).toBe(putsBefore + 1);
  expect(condition(academy(server, 'Course', 'academy', 'impostor'), 'Ready')).toMatchObject({ status: 'False', reason: 'PublishConflict' });
  expect(await requeues()).toBe(0);
});
