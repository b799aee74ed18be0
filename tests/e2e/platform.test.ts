import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from '../../services/registry.ts';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminToken, createTenant, signUp, startTestAcademy, type TestAcademy } from '../support/academy.ts';
import { PlatformSchema } from '../../services/users/platform/schemas.ts';
import { problem, userWithRole } from './learning-support.ts';

/** GET /api/v1/admin/platform: locally (this process) and from the operator's mounted file (issue 10, item 2). */

const V1 = '/api/v1';
const dir = mkdtempSync(join(tmpdir(), 'academy-platform-e2e-'));
const file = join(dir, 'platform.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces a file in one step, as the kubelet swaps a ConfigMap's files (a reader never sees half of it). */
function replaceFile(path: string, content: string) {
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

/** What the operator writes (operator/reconcilers/tenant-platform.ts), as the pod sees it. */
const operatorDoc = (readyAuth: number) => ({
  tenant: 'demo',
  observedGeneration: 3,
  conditions: [
    { type: 'Ready', status: readyAuth ? 'True' : 'False', reason: readyAuth ? 'Reconciled' : 'Progressing', message: 'services', lastTransitionTime: '2026-12-03T08:00:00Z', observedGeneration: 3 },
    { type: 'ShardSetResolved', status: 'True', reason: 'Reconciled', message: 'ShardSet academy/demo' },
  ],
  services: [
    { name: 'auth', ready: readyAuth > 0, replicas: 3, readyReplicas: readyAuth, autoscaler: { minReplicas: 2, maxReplicas: 10, targetCPUUtilization: 70, currentReplicas: 3, desiredReplicas: 3, conditions: [{ type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale' }] } },
    { name: 'courses', ready: true, replicas: 2, readyReplicas: 2, autoscaler: { minReplicas: 2, maxReplicas: 4, targetCPUUtilization: 70, conditions: [] } },
  ],
  shardSet: { namespace: 'academy', name: 'demo' },
});

describe('locally: one process, real Postgres shards, in-process Redis adapter', () => {
  let academy: TestAcademy;
  let admin: string;
  beforeAll(async () => {
    academy = await startTestAcademy({ physicalShards: 2, logicalShards: 4, redis: false });
    admin = await adminToken(academy.api);
  });
  afterAll(() => academy?.stop());

  it('reports the process, its services, the database, every shard cluster with a live check, and the Redis adapter', async () => {
    const res = await academy.api.as(admin).get(`${V1}/admin/platform`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = PlatformSchema.parse(res.body);
    expect(body).toMatchObject({ source: 'local', tenant: { slug: 'demo' }, conditions: [], database: { kind: 'postgres', controlReplicas: 0, control: { status: 'ok' } }, redis: { adapter: 'in-process', health: { status: 'ok' } } });
    expect(body.notice).toMatch(/No operator/);
    expect(body.process).toMatchObject({ pid: process.pid, services: SERVICE_NAMES });
    expect(body.services.map((s) => [s.name, s.runs, s.ready, s.desiredReplicas, s.readyReplicas, s.autoscaler])).toEqual(
      SERVICE_NAMES.map((n) => [n, 'in-process', true, 1, 1, null]),
    );
    expect(body.shards).toMatchObject({
      logicalShards: 4,
      clusters: [
        { name: 'pg0', ranges: [[0, 1]], replicas: 0, health: { status: 'ok' } },
        { name: 'pg1', ranges: [[2, 3]], replicas: 0, health: { status: 'ok' } },
      ],
    });
  });

  it('shows a cluster that stops answering as failing, without its connection string', async () => {
    const { dbs } = academy.ctx;
    const original = dbs.shardMap;
    dbs.reload({
      logicalShards: 4,
      clusters: [original.clusters[0], { ...original.clusters[1], ranges: [[2, 2]] }, { name: 'pg-down', primary: 'postgres://app:hunter2@127.0.0.1:1/academy', replicas: [], ranges: [[3, 3]] }],
    });
    try {
      const res = await academy.api.as(admin).get(`${V1}/admin/platform`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.shards.clusters.map((c: { name: string; health: { status: string } }) => [c.name, c.health.status])).toEqual([['pg0', 'ok'], ['pg1', 'ok'], ['pg-down', 'failing']]);
      expect(res.body.shards.clusters[2].health.error).toBe('failed: ECONNREFUSED');
      expect(res.text).not.toContain('hunter2');
      expect(res.text).not.toContain('postgres://');
    } finally {
      dbs.reload(original);
    }
  });

  it('is for tenant admins only', async () => {
    const { api } = academy;
    problem(await api.get(`${V1}/admin/platform`), 401, 'unauthorized');
    problem(await api.as((await signUp(api)).accessToken).get(`${V1}/admin/platform`), 403, 'role_required');
    problem(await api.as((await userWithRole(api, admin, 'instructor')).accessToken).get(`${V1}/admin/platform`), 403, 'role_required');
    problem(await api.as(admin, 'platform-elsewhere').get(`${V1}/admin/platform`), 404, 'tenant_not_found');
    await createTenant(academy.ctx, 'platform-elsewhere');
    problem(await api.as(admin, 'platform-elsewhere').get(`${V1}/admin/platform`), 401, 'token_wrong_tenant');
  });
});

describe('in a cluster: the operator\'s mounted file, watched', () => {
  let academy: TestAcademy;
  let admin: string;
  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(operatorDoc(0)));
    academy = await startTestAcademy({ physicalShards: 1, logicalShards: 2, env: { PLATFORM_STATUS_FILE: file } });
    admin = await adminToken(academy.api);
  });
  afterAll(() => academy?.stop());
  const platform = async () => {
    const res = await academy.api.as(admin).get(`${V1}/admin/platform`);
    expect(res.status, res.text).toBe(200);
    return PlatformSchema.parse(res.body);
  };

  it("serves the Tenant's conditions and services with autoscalers, with live checks of this pod's databases and Redis", async () => {
    const body = await platform();
    expect(body).toMatchObject({ source: 'operator', conditions: operatorDoc(0).conditions, redis: { adapter: 'redis', health: { status: 'ok' } }, shards: { clusters: [{ name: 'pg0', health: { status: 'ok' } }] } });
    expect(body.notice).toBeUndefined();
    expect(body.services).toEqual([
      { name: 'auth', runs: 'deployment', ready: false, desiredReplicas: 3, readyReplicas: 0, autoscaler: { minReplicas: 2, maxReplicas: 10, targetCPUUtilization: 70, currentReplicas: 3, desiredReplicas: 3, conditions: [{ type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale' }] } },
      { name: 'courses', runs: 'deployment', ready: true, desiredReplicas: 2, readyReplicas: 2, autoscaler: { minReplicas: 2, maxReplicas: 4, targetCPUUtilization: 70, currentReplicas: null, desiredReplicas: null, conditions: [] } },
    ]);
  });

  it('follows the file without a restart, keeps the last good status when a bad one arrives', async () => {
    replaceFile(file, JSON.stringify(operatorDoc(3)));
    await expect.poll(async () => (await platform()).services[0].readyReplicas, { timeout: 15_000, interval: 200 }).toBe(3);
    replaceFile(file, '{"tenant": "demo", "services": ');
    await expect.poll(async () => (await platform()).notice, { timeout: 15_000, interval: 200 }).toMatch(/not usable now \(it is not JSON\); showing the last good one/);
    expect(await platform()).toMatchObject({ source: 'operator', services: [{ name: 'auth', readyReplicas: 3 }, { name: 'courses' }] });
  });
});
