/**
 * The operator against the test API server: samples to Ready with the objects they render, drift
 * repair, changes during reconcile, shard-map propagation, invalid input, deletion cleanup, and a
 * steady state that writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from '../kube/server.ts';
import type { RunningOperator } from '../../operator/manager.ts';
import { SERVICE_NAMES, SHARD_MAP_PATH } from '../../operator/constructs/index.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, condition, kubeApi, managedDatabaseSecrets, ready, sample, settled, startCluster, startSim, startTestOperator, tenantNamed, waitFor } from './harness.ts';

let server: KubeTestServer;
let operator: RunningOperator;
let sim: ClusterSim;
const tenants = '/apis/academy.trendtactics.io/v1alpha1/tenants';
const deployment = (ns: string, name: string) => server.objects.get('apps/v1', 'Deployment', ns, name);

beforeAll(async () => {
  server = await startCluster();
  sim = await startSim(server);
  operator = await startTestOperator(server);
  await operator.leading;
  for (const s of managedDatabaseSecrets()) server.objects.create(s);
  server.objects.create(sample('shardset-demo.yaml'));
  server.objects.create(sample('shardset-external.yaml'));
  server.objects.create(sample('tenant-demo.yaml'));
  await waitFor('demo Tenant Ready', () => ready(academy(server, 'Tenant', undefined, 'demo')));
});
afterAll(async () => {
  await operator?.stop();
  await sim?.stop();
  await server?.close();
});

describe('samples', () => {
  it('brings both ShardSets and the Tenant to Ready with every condition and status field', async () => {
    await waitFor('managed ShardSet Ready', () => ready(academy(server, 'ShardSet', 'academy', 'managed')));
    const shardSet = academy(server, 'ShardSet', 'academy', 'demo')!;
    expect(shardSet.status).toMatchObject({ observedGeneration: shardSet.metadata.generation, shardMapConfigMap: 'demo-shard-map', clusterCount: 2, readyClusters: 2 });
    for (const type of ['ClustersReady', 'ShardMapPublished']) expect(condition(shardSet, type)).toMatchObject({ status: 'True', reason: 'Reconciled' });
    expect(condition(shardSet, 'Degraded')).toMatchObject({ status: 'False' });
    const tenant = academy(server, 'Tenant', undefined, 'demo')!;
    expect(tenant.status).toMatchObject({ namespace: 'academy-demo', readyServices: SERVICE_NAMES.length });
    expect((tenant.status as { services: unknown[] }).services).toContainEqual({ name: 'gateway', ready: true, replicas: 2, readyReplicas: 2 });
    expect(condition(tenant, 'ShardSetResolved')).toMatchObject({ status: 'True' });
    expect(condition(tenant, 'ServicesAvailable')).toMatchObject({ status: 'True' });
    expect(condition(tenant, 'Progressing')).toMatchObject({ status: 'False' });
    expect(tenant.metadata.finalizers).toContain('academy.trendtactics.io/tenant-cleanup');
  });

  it('renders the CloudNativePG clusters, the shard map and the tenant objects, owned for cascading deletion', () => {
    const cluster = server.objects.get('postgresql.cnpg.io/v1', 'Cluster', 'academy', 'demo-pg-b')!;
    expect(cluster.spec).toMatchObject({ instances: 3 });
    expect(cluster.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ShardSet', name: 'demo', controller: true })]);
    const tenant = academy(server, 'Tenant', undefined, 'demo')!;
    const ns = server.objects.get('v1', 'Namespace', undefined, 'academy-demo')!;
    expect(ns.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Tenant', uid: tenant.metadata.uid })]);
    for (const s of SERVICE_NAMES) {
      expect(deployment('academy-demo', s)?.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Tenant', name: 'demo' });
      expect(server.objects.get('autoscaling/v2', 'HorizontalPodAutoscaler', 'academy-demo', s)).toBeDefined();
    }
    // The copied credentials are CloudNativePG's, as the simulator created them.
    const db = server.objects.get('v1', 'Secret', 'academy-demo', 'academy-database')!;
    expect(Buffer.from((db.data as Record<string, string>).ACADEMY_DB_PG_A_PASSWORD, 'base64').toString()).toBe('pw-demo-pg-a');
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-demo')).toHaveLength(SERVICE_NAMES.length);
  });

  it('mounts the shard map the services watch as a file from the tenant ConfigMap', () => {
    const d = deployment('academy-demo', 'courses') as any;
    const container = d.spec.template.spec.containers[0];
    expect(container.env).toContainEqual({ name: 'SHARD_MAP', value: SHARD_MAP_PATH });
    const mount = container.volumeMounts.find((m: { mountPath: string }) => SHARD_MAP_PATH.startsWith(`${m.mountPath}/`));
    const volume = d.spec.template.spec.volumes.find((v: { name: string }) => v.name === mount.name);
    expect(`${mount.mountPath}/${volume.configMap.items[0].path}`).toBe(SHARD_MAP_PATH);
    const config = server.objects.get('v1', 'ConfigMap', 'academy-demo', volume.configMap.name)!;
    expect(JSON.parse((config.data as Record<string, string>)[volume.configMap.items[0].key])).toMatchObject({ logicalShards: 4096, clusters: [{ name: 'pg-a' }, { name: 'pg-b' }] });
  });

  it('records Events for the transitions', async () => {
    const reasons = () => (server.objects.list('v1', 'Event', 'default') as any[]).filter((e) => e.involvedObject.kind === 'Tenant' && e.involvedObject.name === 'demo').map((e) => e.reason);
    await waitFor('a Ready Event', () => reasons().includes('Ready'));
  });
});

describe('drift and change', () => {
  it('recreates a deleted Deployment and ConfigMap', async () => {
    const before = deployment('academy-demo', 'auth')!.metadata.uid;
    server.objects.delete('apps/v1', 'Deployment', 'academy-demo', 'auth');
    server.objects.delete('v1', 'ConfigMap', 'academy-demo', 'academy-config');
    await waitFor('auth Deployment recreated', () => deployment('academy-demo', 'auth') && server.objects.get('v1', 'ConfigMap', 'academy-demo', 'academy-config'));
    expect(deployment('academy-demo', 'auth')!.metadata.uid).not.toBe(before);
    await waitFor('demo Ready again', () => ready(academy(server, 'Tenant', undefined, 'demo')));
  });

  it('converges on the last spec when the Tenant changes while it is being reconciled', async () => {
    server.objects.create(tenantNamed('churn'));
    for (let i = 1; i <= 5; i++) {
      await waitFor(`churn reconcile ${i}`, () => server.requests.count({ verb: 'patch', namespace: 'academy-churn' }) >= i);
      const t = academy(server, 'Tenant', undefined, 'churn')!;
      const services = { ...(t.spec as any).services, gateway: { minReplicas: 1 + i, maxReplicas: 10 } };
      server.objects.upsert({ ...t, spec: { ...(t.spec as object), services } });
    }
    await waitFor('churn Ready at its last generation', () => ready(academy(server, 'Tenant', undefined, 'churn')));
    const t = academy(server, 'Tenant', undefined, 'churn')!;
    expect((t.status as { observedGeneration: number }).observedGeneration).toBe(t.metadata.generation);
    expect((server.objects.get('autoscaling/v2', 'HorizontalPodAutoscaler', 'academy-churn', 'gateway')!.spec as { minReplicas: number }).minReplicas).toBe(6);
  });

  it('passes a ShardSet change to the tenant shard map without restarting pods', async () => {
    const courses = deployment('academy-demo', 'courses')!;
    const ss = academy(server, 'ShardSet', 'academy', 'demo')!;
    const spec = structuredClone(ss.spec) as { clusters: { region?: string }[] };
    spec.clusters[0].region = 'eu-north-1';
    server.objects.upsert({ ...ss, spec });
    await waitFor('tenant shard map updated', () => (server.objects.get('v1', 'ConfigMap', 'academy-demo', 'academy-config')!.data as Record<string, string>).SHARD_MAP.includes('eu-north-1'));
    expect(deployment('academy-demo', 'courses')!.metadata.generation).toBe(courses.metadata.generation);
  });
});

describe('bad input', () => {
  it('the schema refuses an invalid Tenant with a message naming the field', async () => {
    const res = await kubeApi(server, 'POST', tenants, tenantNamed('bad-plan', { plan: 'huge' }));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('spec.plan');
  });

  it('a Tenant the schema allows but the operator cannot realise is Degraded, and others still reconcile', async () => {
    server.objects.create(tenantNamed('no-cpu', { services: { auth: { minReplicas: 1, maxReplicas: 2, resources: { requests: { memory: '1Gi' } } } } }));
    server.objects.create(tenantNamed('orphan', { shardSetRef: { name: 'missing', namespace: 'academy' } }));
    server.objects.create(tenantNamed('healthy'));
    await waitFor('no-cpu Degraded', () => condition(academy(server, 'Tenant', undefined, 'no-cpu'), 'Degraded')?.status === 'True');
    const bad = academy(server, 'Tenant', undefined, 'no-cpu');
    expect(condition(bad, 'Ready')).toMatchObject({ status: 'False', reason: 'InvalidSpec', message: expect.stringContaining('requests.cpu') });
    await waitFor('orphan not found', () => condition(academy(server, 'Tenant', undefined, 'orphan'), 'Ready')?.reason === 'DependencyNotFound');
    expect(condition(academy(server, 'Tenant', undefined, 'orphan'), 'ShardSetResolved')?.message).toContain('academy/missing');
    await waitFor('healthy Ready', () => ready(academy(server, 'Tenant', undefined, 'healthy')));
  });

  it('a Course the schema allows but the service would refuse gets Ready=False InvalidSpec, without retries', async () => {
    const course = structuredClone(sample('course-demo.yaml')) as any;
    course.metadata.name = 'bad-answer';
    course.spec.slug = 'bad-answer';
    course.spec.modules[1].lessons[0].quiz.questions[0].answer.option = 7;
    server.objects.create(course);
    await waitFor('course invalid', () => condition(academy(server, 'Course', 'academy', 'bad-answer'), 'Valid')?.status === 'False');
    const c = academy(server, 'Course', 'academy', 'bad-answer');
    expect(condition(c, 'Ready')).toMatchObject({ status: 'False', reason: 'InvalidSpec' });
    expect(condition(c, 'Valid')?.message).toContain('spec.modules[1].lessons[0].quiz.questions[0].answer.option');
    expect(condition(c, 'Degraded')).toMatchObject({ status: 'True' });
    // The metric counts a reconcile after it returns, so read it once the queue is idle.
    await settled(operator);
    const reconciles = await operator.metrics.reconciles.get();
    const errors = reconciles.values.filter((v) => v.labels.kind === 'Course' && v.labels.result === 'error');
    expect(errors.reduce((n, v) => n + v.value, 0)).toBe(0);
    // bad-answer is this suite's only Course: no reconcile of it asked for a backoff retry either.
    const requeues = reconciles.values.filter((v) => v.labels.kind === 'Course' && v.labels.result === 'requeue');
    expect(requeues.reduce((n, v) => n + v.value, 0)).toBe(0);
  });
});

describe('deletion', () => {
  it('runs the finalizer: the namespace goes first, then the Tenant', async () => {
    server.objects.create(tenantNamed('leaving'));
    await waitFor('leaving Ready', () => ready(academy(server, 'Tenant', undefined, 'leaving')));
    const res = await kubeApi(server, 'DELETE', `${tenants}/leaving`);
    expect([200, 202]).toContain(res.status);
    await waitFor('Tenant gone', () => !academy(server, 'Tenant', undefined, 'leaving'));
    expect(server.objects.get('v1', 'Namespace', undefined, 'academy-leaving')).toBeUndefined();
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-leaving')).toHaveLength(0);
    // The copied database credentials were deleted explicitly, before the namespace.
    const deletes = server.requests.list({ verb: 'delete', namespace: 'academy-leaving' }).concat(server.requests.list({ verb: 'delete', resource: 'namespaces', name: 'academy-leaving' }));
    expect(deletes.find((r) => r.code < 300)).toMatchObject({ resource: 'secrets', name: 'academy-database' });
  });
});

describe('steady state', () => {
  it('a resync and a relist of an unchanged world make zero write calls', async () => {
    await settled(operator);
    const second = await startTestOperator(server, { RESYNC_SECONDS: '0.2', RELIST_SECONDS: '0.5', POD_NAME: 'resync-test' });
    try {
      await operator.stop();
      await second.leading;
      server.requests.clear();
      const count = async () => (await second.metrics.reconciles.get()).values.filter((v) => v.labels.kind === 'Tenant').reduce((n, v) => n + v.value, 0);
      const tenantsNow = server.objects.list('academy.trendtactics.io/v1alpha1', 'Tenant').length;
      // Three full resyncs of every tenant, with relists between them.
      await waitFor('three resyncs', async () => (await count()) >= tenantsNow * 3, 20_000);
      await waitFor('a relist', () => server.requests.count({ verb: 'list', resource: 'deployments' }) > 0);
      expect(server.requests.writes().map((r) => `${r.verb} ${r.resource} ${r.namespace ?? ''}/${r.name ?? ''}`)).toEqual([]);
      // What was not written is counted: every resync found each tenant's Deployments (and the shard maps) as desired.
      const skipped = (await second.metrics.writesSkipped.get()).values;
      const skippedOf = (kind: string) => skipped.find((v) => v.labels.kind === kind)?.value ?? 0;
      expect(skippedOf('Deployment')).toBeGreaterThanOrEqual(tenantsNow * 3);
      expect(skippedOf('ConfigMap')).toBeGreaterThan(0);
    } finally {
      operator = second;
    }
  });
});
