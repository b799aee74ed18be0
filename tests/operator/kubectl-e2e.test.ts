/**
 * kubectl + operator end to end: the real `/usr/bin/kubectl` applies the CRDs (and the
 * CloudNativePG Cluster CRD stand-in), then `crds/samples/` on their own to the fresh test API
 * server; the operator and the cluster simulator bring the samples to Ready — the `managed`
 * ShardSet waits (Ready=False, DependencyNotFound naming its Secrets) until kubectl applies the
 * managed-database Secrets; kubectl then shows the printer columns and the objects rendered for
 * the tenant.
 *
 * The Course publishes to the tenant's courses service. A real academy (PostgreSQL + Redis) stands
 * in for the tenant's pods, as in course.test.ts: its service token is the one the operator wrote
 * to `academy-keys`, so the academy starts once the Tenant is Ready, and the operator is restarted
 * pointing COURSES_URL_TEMPLATE at it (the first one reports the Course `CoursesUnavailable`).
 * The pooled sample Tenant likewise waits for its pool's academy (`PoolUnavailable`): a second
 * real academy with the pool's service token, POOL_URL_TEMPLATE pointing at it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { RunningOperator } from '../../operator/manager.ts';
import { startKubeTestServer, type KubeTestServer } from '../kube/server.ts';
import { fixtures } from '../kube/testkit.ts';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, condition, kubectlIn, kubectlPath, managedDatabaseSecrets, ready, SAMPLES_DIR, startSim, startTestOperator, waitFor } from './harness.ts';

const repoCrds = fileURLToPath(new URL('../../crds/', import.meta.url));

/** `NAME   READY` -> ['NAME', 'READY'] */
const header = (stdout: string) => stdout.split('\n')[0].trim().split(/\s{2,}/);
/** Rows as objects keyed by the header's columns. */
function table(stdout: string): Record<string, string>[] {
  const head = header(stdout);
  return stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => Object.fromEntries(line.trim().split(/\s{2,}/).map((cell, i) => [head[i], cell])));
}

describe.skipIf(!kubectlPath)('kubectl applies the CRDs and samples; the operator brings every sample to Ready', () => {
  let server: KubeTestServer;
  let dir: string;
  let sim: ClusterSim | undefined;
  let operator: RunningOperator | undefined;
  let site: TestAcademy | undefined;
  let poolSite: TestAcademy | undefined;

  const kubectl = kubectlIn(() => dir);

  beforeAll(async () => {
    server = await startKubeTestServer({});
    dir = await mkdtemp(join(tmpdir(), 'operator-kubectl-e2e-'));
    await server.writeKubeconfig(join(dir, 'kubeconfig'));
    await writeFile(join(dir, 'secrets.yaml'), managedDatabaseSecrets().map((s) => YAML.stringify(s)).join('---\n'));
  }, 30_000);

  afterAll(async () => {
    await operator?.stop();
    await sim?.stop();
    await site?.stop();
    await poolSite?.stop();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies the CRDs, then the samples on their own, with kubectl', async () => {
    const crds = await kubectl('apply', '-f', repoCrds, '-f', join(fixtures, 'cnpg-cluster-crd.yaml'));
    for (const name of ['shardsets', 'tenants', 'courses', 'tenantpools']) expect(crds).toContain(`customresourcedefinition.apiextensions.k8s.io/${name}.academy.trendtactics.io created`);
    expect(crds).toContain('customresourcedefinition.apiextensions.k8s.io/clusters.postgresql.cnpg.io created');
    const samples = await kubectl('apply', '-f', SAMPLES_DIR);
    expect(samples).toContain('namespace/academy created');
    expect(samples).toContain('shardset.academy.trendtactics.io/demo created');
    expect(samples).toContain('shardset.academy.trendtactics.io/managed created');
    expect(samples).toContain('tenant.academy.trendtactics.io/demo created');
    expect(samples).toContain('course.academy.trendtactics.io/growth-marketing-101 created');
    expect(samples).toContain('tenantpool.academy.trendtactics.io/default created');
    expect(samples).toContain('tenant.academy.trendtactics.io/corner-bakery created');
  }, 30_000);

  it('the operator brings the ShardSets and the Tenant to Ready; the Course waits for its courses service', async () => {
    sim = await startSim(server);
    // The operator looks at a waiting ShardSet again every PROGRESS_REQUEUE_SECONDS (the Secrets it waits for are not watched).
    operator = await startTestOperator(server, { PROGRESS_REQUEUE_SECONDS: '0.5' });
    await operator.leading;
    await waitFor('demo ShardSet and Tenant Ready', () => ready(academy(server, 'ShardSet', 'academy', 'demo')) && ready(academy(server, 'Tenant', undefined, 'demo')), 40_000);
    // The managed sample says in its comment that it waits for its database Secrets, and why.
    await waitFor('managed ShardSet names its missing Secrets', () => condition(academy(server, 'ShardSet', 'academy', 'managed'), 'Ready')?.reason === 'DependencyNotFound');
    expect(condition(academy(server, 'ShardSet', 'academy', 'managed'), 'Ready')?.message).toMatch(/managed-pg-1.*managed-pg-2|managed-pg-2.*managed-pg-1/);
    expect(await kubectl('apply', '-f', join(dir, 'secrets.yaml'))).toContain('secret/managed-pg-1 created');
    await waitFor('managed ShardSet Ready', () => ready(academy(server, 'ShardSet', 'academy', 'managed')), 40_000);
    // The default COURSES_URL_TEMPLATE names in-cluster DNS that does not resolve here: an honest Ready=False.
    await waitFor('Course reports its unreachable courses service', () => condition(academy(server, 'Course', 'academy', 'growth-marketing-101'), 'Ready')?.reason === 'CoursesUnavailable', 30_000);
    // Likewise the pool's academy for the pooled sample; the pool itself is Ready.
    await waitFor('pool Ready', () => ready(academy(server, 'TenantPool', undefined, 'default')), 40_000);
    await waitFor('pooled Tenant reports its unreachable pool', () => condition(academy(server, 'Tenant', undefined, 'corner-bakery'), 'Ready')?.reason === 'PoolUnavailable', 30_000);
  }, 60_000);

  it('publishes the Course once the tenant courses service (a real academy) answers', async () => {
    const secret = server.objects.get('v1', 'Secret', 'academy-demo', 'academy-keys')!;
    const token = Buffer.from((secret.data as Record<string, string>).SERVICE_TOKEN, 'base64').toString();
    site = await startTestAcademy({ env: { SERVICE_TOKEN: token } });
    const poolSecret = server.objects.get('v1', 'Secret', 'academy-pool-default', 'academy-keys')!;
    const poolToken = Buffer.from((poolSecret.data as Record<string, string>).SERVICE_TOKEN, 'base64').toString();
    poolSite = await startTestAcademy({ env: { SERVICE_TOKEN: poolToken, DEFAULT_TENANT: 'pool-default', TENANT_NAME: 'Shared' }, seed: false });
    await operator!.stop();
    operator = await startTestOperator(server, { COURSES_URL_TEMPLATE: site.url, POOL_URL_TEMPLATE: poolSite.url, POD_NAME: 'kubectl-e2e' });
    await operator.leading;
    await waitFor('Course Ready', () => ready(academy(server, 'Course', 'academy', 'growth-marketing-101')), 40_000);
    await waitFor('pooled Tenant Ready', () => ready(academy(server, 'Tenant', undefined, 'corner-bakery')), 40_000);
  }, 90_000);

  it('kubectl get shows the printer columns with READY True for every sample', async () => {
    const tenants = await kubectl('get', 'tenants');
    expect(header(tenants)).toEqual(['NAME', 'PLAN', 'SHARDSET', 'ISOLATION', 'POOL', 'READY', 'AGE']);
    expect(table(tenants)[0]).toEqual(expect.objectContaining({ NAME: 'corner-bakery', PLAN: 'starter', SHARDSET: 'demo', ISOLATION: 'pooled', POOL: 'default', READY: 'True' }));
    // A dedicated Tenant has no pool: an empty cell (which the two-space split cannot see).
    const line = (out: string, name: string) => out.split('\n').find((l) => l.startsWith(`${name} `));
    expect(line(tenants, 'demo')).toMatch(/^demo\s+pro\s+demo\s+dedicated\s+True\s+\d+s$/);
    // NAMESPACE has priority 1: only in -o wide.
    const wide = await kubectl('get', 'tenants', '-o', 'wide');
    expect(header(wide)).toEqual(['NAME', 'PLAN', 'SHARDSET', 'ISOLATION', 'POOL', 'NAMESPACE', 'READY', 'AGE']);
    expect(table(wide)[0]).toEqual(expect.objectContaining({ NAME: 'corner-bakery', NAMESPACE: 'academy-pool-default', READY: 'True' }));
    expect(line(wide, 'demo')).toMatch(/^demo\s+pro\s+demo\s+dedicated\s+academy-demo\s+True\s+\d+s$/);
    const pools = await kubectl('get', 'tenantpools');
    expect(header(pools)).toEqual(['NAME', 'SHARDSET', 'TENANTS', 'CAPACITY', 'READY', 'AGE']);
    expect(table(pools)).toEqual([expect.objectContaining({ NAME: 'default', SHARDSET: 'demo', TENANTS: '1', CAPACITY: '5000', READY: 'True' })]);

    const shardSets = await kubectl('get', 'shardsets', '-A');
    expect(header(shardSets)).toEqual(['NAMESPACE', 'NAME', 'ENGINE', 'SHARDS', 'CLUSTERS', 'READY', 'MOVING', 'AGE']);
    expect(table(shardSets)).toEqual([
      expect.objectContaining({ NAMESPACE: 'academy', NAME: 'demo', ENGINE: 'cloudnative-pg', SHARDS: '4096', CLUSTERS: '2', READY: 'True', MOVING: 'False' }),
      expect.objectContaining({ NAMESPACE: 'academy', NAME: 'managed', ENGINE: 'external', SHARDS: '4096', CLUSTERS: '2', READY: 'True', MOVING: 'False' }),
    ]);

    const courses = await kubectl('get', 'courses', '-A');
    expect(header(courses)).toEqual(['NAMESPACE', 'NAME', 'TENANT', 'SLUG', 'PUBLISHED', 'VERSION', 'READY', 'AGE']);
    expect(table(courses)).toEqual([
      expect.objectContaining({ NAMESPACE: 'academy', NAME: 'growth-marketing-101', TENANT: 'demo', SLUG: 'growth-marketing-101', PUBLISHED: 'true', VERSION: '1', READY: 'True' }),
    ]);
  });

  it('kubectl get shows the objects rendered into the tenant namespace', async () => {
    const out = await kubectl('get', 'deployments,hpa,pdb,networkpolicies,ingress,services,configmaps,secrets,serviceaccounts', '-n', 'academy-demo', '-o', 'name');
    const names = out.trim().split('\n');
    for (const kind of ['deployment.apps', 'horizontalpodautoscaler.autoscaling', 'poddisruptionbudget.policy', 'service']) {
      expect(names).toContain(`${kind}/gateway`);
    }
    expect(names.filter((n) => n.startsWith('deployment.apps/')).length).toBeGreaterThanOrEqual(2);
    expect(names.some((n) => n.startsWith('networkpolicy.networking.k8s.io/'))).toBe(true);
    expect(names.some((n) => n.startsWith('ingress.networking.k8s.io/'))).toBe(true);
    for (const name of ['configmap/academy-config', 'secret/academy-keys', 'secret/academy-database']) expect(names).toContain(name);
    // The Deployments report ready replicas (the simulator's kubelets), as the Tenant's status says.
    const deployments = table(await kubectl('get', 'deployments', '-n', 'academy-demo'));
    expect(deployments.length).toBeGreaterThanOrEqual(2);
    expect(deployments).toContainEqual(expect.objectContaining({ NAME: 'gateway' }));
    const tenant = academy(server, 'Tenant', undefined, 'demo')!;
    expect((tenant.status as { readyServices?: number }).readyServices).toBe(deployments.length);
  });

  it('kubectl delete of the pool waits for its pooled Tenant (TenantsRemaining); deleting the Tenant lets it go, its namespace after it', async () => {
    expect(await kubectl('delete', 'tenantpool', 'default', '--wait=false')).toContain('tenantpool.academy.trendtactics.io "default" deleted');
    await waitFor('TenantsRemaining', () => condition(academy(server, 'TenantPool', undefined, 'default'), 'TenantsRemaining')?.status === 'True');
    const remaining = await kubectl('get', 'tenantpool', 'default', '-o', 'jsonpath={.status.conditions[?(@.type=="TenantsRemaining")].reason}: {.status.conditions[?(@.type=="TenantsRemaining")].message}');
    expect(remaining).toMatch(/^TenantsRemain: deletion waits for 1 pooled Tenant this pool still serves \(corner-bakery\)/);
    const events = await kubectl('get', 'events', '-n', 'default', '-o', 'jsonpath={range .items[*]}{.involvedObject.kind}/{.involvedObject.name} {.reason}{"\\n"}{end}');
    expect(events.split('\n')).toContain('TenantPool/default TenantsRemain');
    await waitFor('the Tenant told', () => condition(academy(server, 'Tenant', undefined, 'corner-bakery'), 'Degraded')?.reason === 'PoolDeleting');
    expect(table(await kubectl('get', 'tenants'))[0]).toEqual(expect.objectContaining({ NAME: 'corner-bakery', READY: 'True' }));

    // kubectl waits for the Tenant's finalizer (its row removed from the pool's academy, which still serves).
    expect(await kubectl('delete', 'tenant', 'corner-bakery', '--timeout=30s')).toContain('tenant.academy.trendtactics.io "corner-bakery" deleted');
    await kubectl('wait', '--for=delete', 'tenantpool/default', '--timeout=30s');
    await waitFor('the pool namespace collected', () => !server.objects.get('v1', 'Namespace', undefined, 'academy-pool-default'), 30_000);
    expect(await poolSite!.ctx.dbs.control('tenants').where({ slug: 'corner-bakery' }).first()).toBeUndefined();
  }, 90_000);
});
