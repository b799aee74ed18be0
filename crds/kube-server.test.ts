/**
 * The CRDs against the repository's strict test API server (tests/kube): it must accept them,
 * default the samples as the types say, refuse what the CEL rules refuse, and accept every object
 * the constructs render from the samples.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifests, startKubeTestServer, type KubeObject, type KubeTestServer } from '../tests/kube/server.ts';
import { CRD_DIR } from './schema.ts';
import { renderShardSet } from '../operator/constructs/shardset-chart.ts';
import { renderTenant } from '../operator/constructs/tenant-chart.ts';
import { SERVICE_NAMES } from '../operator/constructs/labels.ts';
import { synthOnlyTenantKeys } from '../operator/constructs/tenant-keys.ts';
import type { ShardSet, Tenant } from './index.ts';

let server: KubeTestServer;
const samples = readManifests(join(CRD_DIR, 'samples'));
const sample = (kind: string, name: string) => structuredClone(samples.find((o) => o.kind === kind && o.metadata?.name === name) as KubeObject);
const API = 'academy.trendtactics.io/v1alpha1';

beforeAll(async () => {
  server = await startKubeTestServer({
    objects: [
      ...readManifests(join(CRD_DIR, 'shardset.yaml'), join(CRD_DIR, 'tenant.yaml'), join(CRD_DIR, 'course.yaml'), join(CRD_DIR, 'tenantpool.yaml')),
      ...readManifests(join(CRD_DIR, '..', 'tests', 'kube', 'fixtures', 'cnpg-cluster-crd.yaml')),
    ],
  });
});
afterAll(async () => server?.close());

describe('CRDs in the test API server', () => {
  it('stores every sample, defaulted', () => {
    for (const object of samples) server.objects.create(structuredClone(object));
    const tenant = server.objects.get(API, 'Tenant', undefined, 'demo') as unknown as Tenant;
    expect(tenant.spec.services.users).toMatchObject({ minReplicas: 1, maxReplicas: 3, targetCPUUtilization: 70 });
    expect(tenant.spec.imagePullPolicy).toBe('IfNotPresent');
    const shardSet = server.objects.get(API, 'ShardSet', 'academy', 'managed') as unknown as ShardSet;
    expect(shardSet.spec.clusters[1].external?.primaryUrlSecretRef.key).toBe('url');
    const pool = server.objects.get(API, 'TenantPool', undefined, 'default') as any;
    expect(pool.spec.services.users).toMatchObject({ minReplicas: 1, maxReplicas: 3 });
    expect(pool.spec).toMatchObject({ maxTenants: 5000, tenantRateLimitPerMinute: 6000, imagePullPolicy: 'IfNotPresent' });
    expect((server.objects.get(API, 'Tenant', undefined, 'corner-bakery') as any).spec).toMatchObject({ isolation: 'pooled', poolRef: { name: 'default' } });
  });

  it('refuses a Tenant named pool-*, an isolation that is not dedicated or pooled, and a TenantPool name too long for its namespace', () => {
    const tenant = sample('Tenant', 'corner-bakery') as any;
    expect(() => server.objects.create({ ...tenant, metadata: { name: 'pool-x' } })).toThrow(/must not start with 'pool-'/);
    expect(() => server.objects.create({ ...tenant, metadata: { name: 'iso' }, spec: { ...tenant.spec, isolation: 'shared' } })).toThrow(/isolation/);
    const pool = sample('TenantPool', 'default') as any;
    expect(() => server.objects.create({ ...pool, metadata: { name: 'p'.repeat(51) } })).toThrow(/at most 50 characters/);
  });

  it('refuses a ShardSet whose ranges leave a gap, and a shrinking logicalShards', () => {
    const gap = sample('ShardSet', 'demo');
    gap.metadata!.name = 'gap';
    (gap as any).spec.clusters[1].shards.from = 2100;
    expect(() => server.objects.create(gap)).toThrow(/without gaps/);
    const stored = server.objects.get(API, 'ShardSet', 'academy', 'demo') as any;
    const shrunk = structuredClone(stored);
    shrunk.spec.logicalShards = 2048;
    shrunk.spec.clusters = [{ ...stored.spec.clusters[0], shards: { from: 0, to: 2047 } }];
    expect(() => server.objects.upsert(shrunk)).toThrow(/may only grow/);
  });

  it('refuses a Course video lesson without a duration', () => {
    const course = sample('Course', 'growth-marketing-101') as any;
    course.metadata.name = 'no-duration';
    delete course.spec.modules[0].lessons[0].durationSeconds;
    expect(() => server.objects.create(course)).toThrow(/video lesson needs videoUrl and durationSeconds/);
  });

  it('accepts every object the constructs render from the stored samples', () => {
    const shardSet = server.objects.get(API, 'ShardSet', 'academy', 'demo') as unknown as ShardSet;
    const tenant = server.objects.get(API, 'Tenant', undefined, 'demo') as unknown as Tenant;
    const { manifests, shardMap } = renderShardSet({ shardSet });
    const tenantObjects = renderTenant({
      tenant,
      shardMap,
      keys: synthOnlyTenantKeys('demo'),
      databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, 'x'])),
    });
    for (const object of [...manifests, ...tenantObjects]) server.objects.create(structuredClone(object) as KubeObject);
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-demo')).toHaveLength(SERVICE_NAMES.length);
    expect(server.objects.list('postgresql.cnpg.io/v1', 'Cluster', 'academy')).toHaveLength(2);
  });
});
