/**
 * Pooled tenants end to end (issue #15): the sample TenantPool's workloads are rendered once; a
 * real academy (PostgreSQL + Redis) stands in for the pool's pods, started with the service token
 * the operator wrote to the pool's `academy-keys` (as course.test.ts does for a tenant). A pooled
 * Tenant then costs its row in that academy, one Ingress in the pool's namespace and its status;
 * the academy serves it by Host; deletion removes the row; promotion renders its own workloads,
 * moves its routing once they are ready, and keeps its data.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningOperator } from '../../operator/manager.ts';
import type { KubeObject, KubeTestServer } from '../kube/server.ts';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { GROUP_VERSION, academy, condition, kubeApi, ready, sample, settled, startCluster, startSim, startTestOperator, waitFor } from './harness.ts';

let server: KubeTestServer;
let sim: ClusterSim;
let operator: RunningOperator | undefined;
let site: TestAcademy;

const tenantsPath = `/apis/${GROUP_VERSION}/tenants`;
const tenant = (name: string) => academy(server, 'Tenant', undefined, name);
const pool = () => academy(server, 'TenantPool', undefined, 'default');
const row = (slug: string) => site.ctx.dbs.control('tenants').where({ slug }).first();
/** The sample pooled Tenant under another name and domain. */
function pooledTenant(name: string, spec: Record<string, unknown> = {}): KubeObject {
  const t = sample('tenant-pooled.yaml');
  return { ...t, metadata: { name }, spec: { ...(t.spec as object), displayName: `Academy ${name}`, domains: [`${name}.academy.example.com`], ...spec } };
}
/** HTTP to the pool's academy with a Host header, as the Ingress controller forwards a pooled tenant's request. */
function viaHost(host: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  const url = new URL(path, site.url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.once('error', reject);
    req.end(payload);
  });
}
/** The operator's writes since `from` (the requests log; the test's own creates and the simulator's status writes left out). */
function operatorWrites(from: number) {
  return server.requests
    .writes()
    .slice(from)
    .filter((r) => !(r.verb === 'create' && r.resource === 'tenants') && !(r.verb === 'delete' && r.resource === 'tenants') && !(r.resource === 'deployments' && r.subresource === 'status') && !(r.resource === 'horizontalpodautoscalers' && r.subresource === 'status'));
}
const writesSoFar = () => server.requests.writes().length;

beforeAll(async () => {
  server = await startCluster();
  sim = await startSim(server);
  const first = await startTestOperator(server, {}, false, 'operator');
  server.objects.create(sample('shardset-demo.yaml'));
  server.objects.create(sample('tenantpool-default.yaml'));
  await waitFor('the pool Ready', () => ready(pool()), 40_000);
  await first.stop();
  const secret = server.objects.get('v1', 'Secret', 'academy-pool-default', 'academy-keys')!;
  const token = Buffer.from((secret.data as Record<string, string>).SERVICE_TOKEN, 'base64').toString();
  // The pool's pods: DEFAULT_TENANT is the pool's home academy (made at start, as `serve --migrate` does).
  site = await startTestAcademy({ env: { SERVICE_TOKEN: token, DEFAULT_TENANT: 'pool-default', TENANT_NAME: 'TrendTactics Shared Academies' }, seed: false });
  operator = await startTestOperator(server, { POOL_URL_TEMPLATE: site.url, POD_NAME: 'with-pool', PROGRESS_REQUEUE_SECONDS: '1' }, false, 'operator');
  await operator.leading;
  await settled(operator);
}, 120_000);
afterAll(async () => {
  await operator?.stop();
  await sim?.stop();
  await site?.stop();
  await server?.close();
});

describe('the pool', () => {
  it('is rendered once, like a dedicated Tenant, into academy-pool-default (with the per-tenant limit)', () => {
    const deployments = server.objects.list('apps/v1', 'Deployment', 'academy-pool-default');
    expect(deployments.length).toBeGreaterThanOrEqual(2);
    for (const d of deployments) expect(d.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'TenantPool', name: 'default' });
    const config = server.objects.get('v1', 'ConfigMap', 'academy-pool-default', 'academy-config')!;
    expect(config.data).toMatchObject({ DEFAULT_TENANT: 'pool-default', TENANT_RATE_LIMIT_PER_MINUTE: '6000' });
    expect(pool()?.status).toMatchObject({ namespace: 'academy-pool-default', tenants: 0, capacity: 5000 });
  });
});

describe('a pooled Tenant', () => {
  it('becomes Ready with a few writes: its row, its Ingress, its status (no namespace, no workloads)', async () => {
    const from = writesSoFar();
    expect((await kubeApi(server, 'POST', tenantsPath, sample('tenant-pooled.yaml'))).status).toBe(201);
    await waitFor('corner-bakery Ready', () => ready(tenant('corner-bakery')));
    await settled(operator!);
    const writes = operatorWrites(from).map((r) => `${r.verb} ${r.resource}${r.subresource ? `/${r.subresource}` : ''}`);
    // The finalizer, the Ingress (server-side apply), the status, the Ready Event; then the pool's count.
    expect(writes.filter((w) => !w.startsWith('patch tenantpools/status')).sort()).toEqual(['create events', 'patch ingresses', 'patch tenants', 'patch tenants/status']);
    expect(writes.length).toBeLessThanOrEqual(5);
    expect(tenant('corner-bakery')?.status).toMatchObject({ isolation: 'pooled', pool: 'default', namespace: 'academy-pool-default' });
    expect(condition(tenant('corner-bakery'), 'Registered')).toMatchObject({ status: 'True' });
    expect(server.objects.get('v1', 'Namespace', undefined, 'academy-corner-bakery')).toBeUndefined();
    const ingress = server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-pool-default', 'tenant-corner-bakery')!;
    expect((ingress.spec as any).rules.map((r: any) => [r.host, r.http.paths[0].backend.service.name])).toEqual([['bakery.academy.example.com', 'gateway']]);
    expect(await row('corner-bakery')).toMatchObject({ name: 'Corner Bakery Academy', domains: ['bakery.academy.example.com'], plan: 'starter', status: 'active' });
    await waitFor('the pool counts it', () => (pool()?.status as { tenants?: number }).tenants === 1);
    expect(pool()?.status).toMatchObject({ tenants: 1, capacity: 4999 });
  });

  it('is served by the pool academy by Host, and its tokens are refused by another academy of the pool', async () => {
    const registered = await viaHost('bakery.academy.example.com', 'POST', '/api/v1/auth/register', { email: 'baker@example.com', password: 'a-long-enough-password-1', name: 'Baker' });
    expect(registered.status).toBe(201);
    const bakery = await row('corner-bakery');
    expect(await site.ctx.dbs.control('user_directory').where({ tenant_id: bakery.id, email: 'baker@example.com' }).first()).toBeDefined();
    const me = await viaHost('bakery.academy.example.com', 'GET', '/api/v1/users/me', undefined, registered.body.accessToken);
    expect(me).toMatchObject({ status: 200, body: { email: 'baker@example.com' } });
    // The same token at the pool's home academy (another tenant of the same pods): refused.
    const elsewhere = await viaHost('127.0.0.1', 'GET', '/api/v1/users/me', undefined, registered.body.accessToken);
    expect(elsewhere.status).toBe(401);
  });

  it('a resync of the unchanged world writes nothing (no apply, no status, no PUT)', async () => {
    await settled(operator!);
    const from = writesSoFar();
    const updatedAt = (await row('corner-bakery')).updated_at;
    operator!.resyncNow();
    await new Promise((r) => setTimeout(r, 300));
    await settled(operator!);
    expect(operatorWrites(from)).toEqual([]);
    expect((await row('corner-bakery')).updated_at).toEqual(updatedAt);
  });

  it("a pool's failed reconcile (Ready=False, its services still available) does not touch its Tenants", async () => {
    await settled(operator!);
    const from = writesSoFar();
    const live = pool()!;
    const conditions = ((live.status as { conditions: { type: string; status: string; reason: string; message: string }[] }).conditions).map((c) =>
      c.type === 'Ready' ? { ...c, status: 'False', reason: 'ReconcileError', message: 'read ECONNRESET' } : c,
    );
    server.objects.upsert({ ...live, status: { ...(live.status as object), conditions } });
    await new Promise((r) => setTimeout(r, 300));
    await settled(operator!);
    expect(operatorWrites(from).filter((r) => r.resource === 'tenants')).toEqual([]);
    expect(ready(tenant('corner-bakery'))).toBe(true);
  });

  it('a domain another academy serves is refused by the pool: Ready=False RegistrationRejected, not retried', async () => {
    await kubeApi(server, 'POST', tenantsPath, pooledTenant('copycat', { domains: ['bakery.academy.example.com'] }));
    await waitFor('copycat rejected', () => condition(tenant('copycat'), 'Ready')?.reason === 'RegistrationRejected');
    expect(condition(tenant('copycat'), 'Degraded')).toMatchObject({ status: 'True', message: expect.stringContaining('tenant_domain_conflict') });
    expect(await row('copycat')).toBeUndefined();
    expect(server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-pool-default', 'tenant-copycat')).toBeUndefined();
    await kubeApi(server, 'DELETE', `${tenantsPath}/copycat`);
    await waitFor('copycat gone', () => !tenant('copycat'));
  });

  it('deleting it removes its row, its Ingress and its place in the pool', async () => {
    await kubeApi(server, 'POST', tenantsPath, pooledTenant('short-lived'));
    await waitFor('short-lived Ready', () => ready(tenant('short-lived')));
    expect(await row('short-lived')).toBeDefined();
    await waitFor('the pool counts 2', () => (pool()?.status as { tenants?: number }).tenants === 2);
    expect([200, 202]).toContain((await kubeApi(server, 'DELETE', `${tenantsPath}/short-lived`)).status);
    await waitFor('short-lived gone', () => !tenant('short-lived'));
    expect(await row('short-lived')).toBeUndefined();
    await waitFor('its Ingress collected', () => !server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-pool-default', 'tenant-short-lived'));
    await waitFor('the pool counts 1', () => (pool()?.status as { tenants?: number }).tenants === 1);
  });

  it('a full pool says so (PoolFull) and admits the Tenant once it grows', async () => {
    const stored = pool()!;
    server.objects.upsert({ ...stored, spec: { ...(stored.spec as object), maxTenants: 1 } });
    await kubeApi(server, 'POST', tenantsPath, pooledTenant('waiting'));
    await waitFor('waiting is told the pool is full', () => condition(tenant('waiting'), 'Ready')?.reason === 'PoolFull');
    expect(await row('waiting')).toBeUndefined();
    const full = pool()!;
    server.objects.upsert({ ...full, spec: { ...(full.spec as object), maxTenants: 5000 } });
    await waitFor('waiting Ready once the pool grew', () => ready(tenant('waiting')));
    expect(await row('waiting')).toBeDefined();
  });
});

describe("a pooled Tenant's Course", () => {
  it("is published to the pool's academy with the pool's token, for that tenant only", async () => {
    const course = structuredClone(sample('course-demo.yaml')) as any;
    course.metadata.name = 'waiting-course';
    course.spec.tenantRef = { name: 'waiting' };
    server.objects.create(course);
    await waitFor('the course Ready', () => ready(academy(server, 'Course', 'academy', 'waiting-course')), 30_000);
    expect((await viaHost('waiting.academy.example.com', 'GET', '/api/v1/courses/growth-marketing-101')).body).toMatchObject({ title: 'Growth Marketing 101' });
    // Another academy of the same pool does not have it.
    expect((await viaHost('bakery.academy.example.com', 'GET', '/api/v1/courses/growth-marketing-101')).status).toBe(404);
  });
});

describe('promotion pooled -> dedicated', () => {
  it('renders its own workloads while the pool serves it, then moves its routing and leaves the pool, its data kept', async () => {
    const bakery = await row('corner-bakery');
    sim.pause(); // the new Deployments stay not ready: the promotion must wait
    const stored = tenant('corner-bakery')!;
    server.objects.upsert({ ...stored, spec: { ...(stored.spec as object), isolation: 'dedicated' } });
    await waitFor('Promoting', () => condition(tenant('corner-bakery'), 'Progressing')?.reason === 'Promoting');
    // Still served by the pool: its Ingress there, none of its own yet, Ready as before.
    expect(tenant('corner-bakery')?.status).toMatchObject({ isolation: 'pooled', pool: 'default' });
    expect(condition(tenant('corner-bakery'), 'Ready')).toMatchObject({ status: 'True' });
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-corner-bakery').length).toBeGreaterThanOrEqual(2);
    expect(server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-pool-default', 'tenant-corner-bakery')).toBeDefined();
    expect(server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-corner-bakery', 'academy')).toBeUndefined();

    sim.resume();
    await waitFor('dedicated and Ready', () => ready(tenant('corner-bakery')) && (tenant('corner-bakery')?.status as { isolation?: string }).isolation === 'dedicated');
    expect(tenant('corner-bakery')?.status).toMatchObject({ isolation: 'dedicated', namespace: 'academy-corner-bakery' });
    expect((tenant('corner-bakery')?.status as { pool?: string }).pool).toBeUndefined();
    const own = server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-corner-bakery', 'academy')!;
    expect((own.spec as any).rules.map((r: any) => r.host)).toEqual(['bakery.academy.example.com']);
    expect(server.objects.get('networking.k8s.io/v1', 'Ingress', 'academy-pool-default', 'tenant-corner-bakery')).toBeUndefined();
    // No data moved and none lost: the same row (same id) and its learner, in the same ShardSet's databases.
    expect(await row('corner-bakery')).toMatchObject({ id: bakery.id });
    expect(await site.ctx.dbs.control('user_directory').where({ tenant_id: bakery.id }).first()).toBeDefined();
    await waitFor('the pool counts it out', () => !((pool()?.status as { tenants?: number }).tenants === 2));
    expect(server.objects.list('v1', 'Event').some((e) => (e as any).reason === 'Promoted' && (e as any).involvedObject?.name === 'corner-bakery')).toBe(true);
  }, 60_000);

  it('a dedicated Tenant is not moved into a pool: spec.isolation pooled is refused (InvalidSpec), its workloads stay', async () => {
    const stored = tenant('corner-bakery')!;
    server.objects.upsert({ ...stored, spec: { ...(stored.spec as object), isolation: 'pooled' } });
    await waitFor('demotion refused', () => condition(tenant('corner-bakery'), 'Degraded')?.reason === 'InvalidSpec');
    expect(condition(tenant('corner-bakery'), 'Degraded')?.message).toMatch(/not supported/);
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-corner-bakery').length).toBeGreaterThanOrEqual(2);
    expect(await row('corner-bakery')).toBeDefined();
  });
});

describe('deleting the pool (its finalizer waits for its pooled Tenants)', () => {
  const pools = `/apis/${GROUP_VERSION}/tenantpools`;
  const events = (reason: string, name: string) => server.objects.list('v1', 'Event').filter((e) => (e as any).reason === reason && (e as any).involvedObject?.name === name);

  it('stays while two pooled Tenants use it: TenantsRemaining names them, an Event says so; they are served on and told, a newcomer is refused', async () => {
    await kubeApi(server, 'POST', tenantsPath, pooledTenant('second'));
    await waitFor('second Ready', () => ready(tenant('second')));
    await waitFor('the pool counts 2', () => (pool()?.status as { tenants?: number }).tenants === 2);
    expect(pool()?.metadata.finalizers).toContain('academy.trendtactics.io/pool-protection');

    expect([200, 202]).toContain((await kubeApi(server, 'DELETE', `${pools}/default`)).status);
    await waitFor('TenantsRemaining', () => condition(pool(), 'TenantsRemaining')?.status === 'True');
    expect(pool()?.metadata.deletionTimestamp).toBeDefined();
    expect(condition(pool(), 'TenantsRemaining')).toMatchObject({ reason: 'TenantsRemain', message: expect.stringContaining('2 pooled Tenants this pool still serves (second, waiting)') });
    expect(pool()?.status).toMatchObject({ tenants: 2, capacity: 0 });
    expect(events('TenantsRemain', 'default')).toHaveLength(1);
    // Its workloads stay (owned by the pool, which still exists) and serve its Tenants.
    expect(server.objects.get('v1', 'Namespace', undefined, 'academy-pool-default')?.metadata.deletionTimestamp).toBeUndefined();
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-pool-default').length).toBeGreaterThanOrEqual(2);
    for (const name of ['second', 'waiting']) {
      await waitFor(`${name} told`, () => condition(tenant(name), 'Degraded')?.reason === 'PoolDeleting');
      expect(ready(tenant(name))).toBe(true);
      expect(events('PoolDeleting', name)).toHaveLength(1);
    }
    expect((await viaHost('second.academy.example.com', 'GET', '/api/v1/courses')).status).toBe(200);

    await kubeApi(server, 'POST', tenantsPath, pooledTenant('latecomer'));
    await waitFor('latecomer refused', () => condition(tenant('latecomer'), 'Registered')?.reason === 'PoolDeleting');
    expect(condition(tenant('latecomer'), 'Ready')).toMatchObject({ status: 'False' });
    expect(await row('latecomer')).toBeUndefined();
    expect(pool()?.status).toMatchObject({ tenants: 2 });
    await kubeApi(server, 'DELETE', `${tenantsPath}/latecomer`);
    await waitFor('latecomer gone', () => !tenant('latecomer'));
  }, 60_000);

  it('goes once one Tenant is deleted and the other promoted; garbage collection then removes its namespace', async () => {
    await kubeApi(server, 'DELETE', `${tenantsPath}/second`);
    await waitFor('second gone', () => !tenant('second'));
    // The pool's academy still ran: the row was removed.
    expect(await row('second')).toBeUndefined();
    await waitFor('1 Tenant remains', () => condition(pool(), 'TenantsRemaining')?.message.includes('1 pooled Tenant this pool still serves (waiting)'));
    expect(events('TenantsRemain', 'default')).toHaveLength(2);

    const stored = tenant('waiting')!;
    server.objects.upsert({ ...stored, spec: { ...(stored.spec as object), isolation: 'dedicated' } });
    await waitFor('waiting dedicated and Ready', () => ready(tenant('waiting')) && (tenant('waiting')?.status as { isolation?: string }).isolation === 'dedicated', 40_000);
    expect(condition(tenant('waiting'), 'Degraded')).toMatchObject({ status: 'False' });
    await waitFor('the pool gone', () => !pool());
    await waitFor('its namespace collected', () => !server.objects.get('v1', 'Namespace', undefined, 'academy-pool-default'), 30_000);
    // The promoted tenant kept its row (the same control database).
    expect(await row('waiting')).toBeDefined();
  }, 90_000);
});
