/**
 * Faults: watches cut and answering 410 Gone, an operator stopped mid-reconcile and a fresh one
 * converging without duplicates or new keys, two replicas behind one Lease, metrics and health.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { KubeTestServer } from '../kube/server.ts';
import type { RunningOperator } from '../../operator/manager.ts';
import { SERVICE_NAMES } from '../../operator/constructs/index.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, ready, sample, startCluster, startSim, startTestOperator, tenantNamed, waitFor } from './harness.ts';

let server: KubeTestServer;
let sim: ClusterSim;
const operators: RunningOperator[] = [];

async function setUp(): Promise<void> {
  server = await startCluster();
  sim = await startSim(server);
  server.objects.create(sample('shardset-demo.yaml'));
}
afterEach(async () => {
  await Promise.all(operators.splice(0).map((o) => o.stop()));
  await sim?.stop();
  await server?.close();
});

async function operatorWith(env: Record<string, string> = {}, metrics = false): Promise<RunningOperator> {
  const op = await startTestOperator(server, env, metrics);
  operators.push(op);
  return op;
}

describe('watches', () => {
  it('recovers from cut watches and 410 Gone: relists and repairs what changed meanwhile', async () => {
    await setUp();
    const op = await operatorWith();
    await op.leading;
    server.objects.create(tenantNamed('w'));
    await waitFor('w Ready', () => ready(academy(server, 'Tenant', undefined, 'w')));
    const lists = server.requests.count({ verb: 'list', resource: 'deployments' });
    server.compactWatchHistory();
    server.injectWatchGone(50);
    server.cutWatches({ abrupt: true });
    server.objects.delete('apps/v1', 'Deployment', 'academy-w', 'progress');
    await waitFor('progress recreated', () => server.objects.get('apps/v1', 'Deployment', 'academy-w', 'progress'));
    expect(server.requests.count({ verb: 'list', resource: 'deployments' })).toBeGreaterThan(lists);
    server.cutWatches();
    server.objects.create(tenantNamed('after-cut'));
    await waitFor('after-cut Ready', () => ready(academy(server, 'Tenant', undefined, 'after-cut')));
  });
});

describe('restart', () => {
  it('an operator stopped mid-reconcile is replaced by one that converges with no duplicates and the same keys', async () => {
    await setUp();
    const first = await operatorWith({ SHUTDOWN_GRACE_SECONDS: '0.001', WORKERS: '1' });
    await first.leading;
    server.objects.create(tenantNamed('k'));
    await waitFor('some objects applied', () => server.requests.count({ verb: 'patch', namespace: 'academy-k' }) >= 5);
    await first.stop();
    const keysBefore = server.objects.get('v1', 'Secret', 'academy-k', 'academy-keys')?.data;
    expect(ready(academy(server, 'Tenant', undefined, 'k'))).toBe(false);
    const second = await operatorWith({ POD_NAME: 'second' });
    await second.leading;
    await waitFor('k Ready', () => ready(academy(server, 'Tenant', undefined, 'k')));
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-k').map((d) => d.metadata.name).sort()).toEqual([...SERVICE_NAMES].sort());
    expect(server.objects.list('v1', 'Secret', 'academy-k').map((s) => s.metadata.name).sort()).toEqual(['academy-database', 'academy-keys']);
    if (keysBefore) expect(server.objects.get('v1', 'Secret', 'academy-k', 'academy-keys')?.data).toEqual(keysBefore);
  });
});

describe('leader election', () => {
  it('a second replica waits; it takes over when the leader stops', async () => {
    await setUp();
    const env = { LEADER_ELECTION: 'true', LEASE_DURATION_SECONDS: '2', LEASE_RENEW_SECONDS: '0.5', LEASE_RETRY_SECONDS: '0.2' };
    const a = await operatorWith({ ...env, POD_NAME: 'a' });
    expect(await a.leading).toBe(true);
    const b = await operatorWith({ ...env, POD_NAME: 'b' });
    server.objects.create(tenantNamed('led'));
    await waitFor('led Ready', () => ready(academy(server, 'Tenant', undefined, 'led')));
    await waitFor('b tried the Lease', () => server.requests.count({ resource: 'leases', verb: 'get' }) >= 3);
    expect(b.isLeader()).toBe(false);
    expect(server.objects.get('coordination.k8s.io/v1', 'Lease', 'academy-system', 'academy-operator')?.spec).toMatchObject({ holderIdentity: 'a' });
    await a.stop();
    expect(await b.leading).toBe(true);
    expect(server.objects.get('coordination.k8s.io/v1', 'Lease', 'academy-system', 'academy-operator')?.spec).toMatchObject({ holderIdentity: 'b' });
    server.objects.create(tenantNamed('after-handover'));
    await waitFor('after-handover Ready', () => ready(academy(server, 'Tenant', undefined, 'after-handover')));
  });
});

describe('metrics and health', () => {
  it('serves /metrics with reconcile count, errors, duration and queue depth, and /healthz', async () => {
    await setUp();
    const op = await operatorWith({}, true);
    await op.leading;
    server.objects.create(tenantNamed('m'));
    await waitFor('m Ready', () => ready(academy(server, 'Tenant', undefined, 'm')));
    const base = `http://127.0.0.1:${op.metricsPort}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const text = await waitFor('queue depth sampled', async () => {
      const t = await (await fetch(`${base}/metrics`)).text();
      return t.includes('academy_operator_queue_depth{kind="Tenant"}') && t;
    });
    expect(text).toMatch(/academy_operator_reconcile_total\{kind="Tenant",result="success"\} [1-9]/);
    expect(text).toContain('academy_operator_reconcile_duration_seconds_bucket');
    expect(text).toContain('academy_operator_reconcile_errors_total');
    expect(text).toMatch(/academy_operator_api_requests_total\{verb="apply",resource="deployments",code="20[01]"\} [1-9]/);
  });
});
