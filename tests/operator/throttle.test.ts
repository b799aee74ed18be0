/**
 * The operator on an API server that enforces API Priority and Fairness: the test server answers
 * the operator's requests beyond 20 a second with 429 + Retry-After, the operator's own limit is
 * 30 QPS / burst 10. The ShardSet and two Tenants still converge, the operator never sends more
 * than its limit allows in any second (the server counts per client, refused requests included),
 * and the refused writes came back through the work queue rather than a tight loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningOperator } from '../../operator/manager.ts';
import type { KubeTestServer } from '../kube/server.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, ready, sample, startCluster, startSim, startTestOperator, tenantNamed, waitFor } from './harness.ts';

const QPS = 30;
const BURST = 10;
let server: KubeTestServer;
let operator: RunningOperator;
let sim: ClusterSim;

beforeAll(async () => {
  server = await startCluster();
  sim = await startSim(server);
  server.limitRequests({ perClientQps: 20, retryAfterSeconds: 1, clients: ['operator'] });
  operator = await startTestOperator(server, { OPERATOR_QPS: String(QPS), OPERATOR_BURST: String(BURST) }, false, 'operator');
  await operator.leading;
  server.objects.create(sample('shardset-demo.yaml'));
  server.objects.create(tenantNamed('alpha'));
  server.objects.create(tenantNamed('beta'));
});
afterAll(async () => {
  await operator?.stop();
  await sim?.stop();
  await server?.close();
});

describe('under APF 429s', () => {
  it('converges: the ShardSet and both Tenants Ready', async () => {
    // A Tenant needs its ShardSet resolved, not its clusters Ready, so the three converge in any
    // order: a refused ShardSet status write can land after both Tenants' (seen once in CI).
    const converged = () =>
      ready(academy(server, 'ShardSet', 'academy', 'demo')) && ready(academy(server, 'Tenant', undefined, 'alpha')) && ready(academy(server, 'Tenant', undefined, 'beta'));
    await waitFor('the ShardSet and both Tenants Ready', converged, 60_000);
    expect(converged()).toBe(true);
    expect(server.throttledCount()).toBeGreaterThan(0);
  }, 70_000);

  it('never sent more than its token bucket allows in one second (burst + QPS), refused requests included', () => {
    const perSecond = server.requestsPerSecond('operator');
    expect(perSecond.length).toBeGreaterThan(1);
    expect(Math.max(...perSecond)).toBeLessThanOrEqual(BURST + QPS);
    // The sim is another client, counted on its own.
    expect(server.requestsPerSecond('test').length).toBeGreaterThan(0);
  });

  it('retried refused writes only through the queue: each refused apply was sent again at most a few times', () => {
    const refused = server.requests.list().filter((r) => r.code === 429 && r.verb !== 'get' && r.verb !== 'list');
    expect(refused.length).toBeGreaterThan(0);
    const perObject = new Map<string, number>();
    for (const r of refused) perObject.set(`${r.resource}/${r.namespace}/${r.name}`, (perObject.get(`${r.resource}/${r.namespace}/${r.name}`) ?? 0) + 1);
    // A tight loop would refuse the same object dozens of times within one Retry-After.
    expect(Math.max(...perObject.values())).toBeLessThanOrEqual(10);
  });
});
