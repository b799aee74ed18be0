/**
 * The Tenant's platform view: the operator mirrors the Tenant's status and its autoscalers into
 * the ConfigMap `academy-platform` its pods mount (services/users/platform serves it). Against the test
 * API server with the cluster simulator standing in for the Deployment and HPA controllers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from '../kube/server.ts';
import type { RunningOperator } from '../../operator/manager.ts';
import { SERVICE_NAMES } from '../../operator/constructs/index.ts';
import { OperatorPlatformSchema } from '../../services/users/platform/schemas.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, condition, kubeApi, ready, sample, settled, startCluster, startSim, startTestOperator, tenantNamed, waitFor } from './harness.ts';

let server: KubeTestServer;
let operator: RunningOperator;
let sim: ClusterSim;
const NS = 'academy-plat';

beforeAll(async () => {
  server = await startCluster();
  sim = await startSim(server);
  operator = await startTestOperator(server);
  await operator.leading;
  server.objects.create(sample('shardset-demo.yaml'));
  server.objects.create(tenantNamed('plat'));
  await waitFor('plat Tenant Ready', () => ready(academy(server, 'Tenant', undefined, 'plat')));
});
afterAll(async () => {
  await operator?.stop();
  await sim?.stop();
  await server?.close();
});

const configMap = () => server.objects.get('v1', 'ConfigMap', NS, 'academy-platform');
/** The mirrored view, parsed by the same schema the services read it with. */
const view = () => {
  const cm = configMap();
  return cm ? OperatorPlatformSchema.parse(JSON.parse((cm.data as Record<string, string>)['platform.json'])) : undefined;
};
const service = (name: string) => view()?.services.find((s) => s.name === name);
/** Writes a status through the status subresource, as the HPA and Deployment controllers do. */
async function writeStatus(path: string, status: Record<string, unknown>) {
  const res = await kubeApi(server, 'PATCH', `${path}/status`, { status }, 'application/merge-patch+json');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
const hpaStatus = (name: string, status: Record<string, unknown>) => writeStatus(`/apis/autoscaling/v2/namespaces/${NS}/horizontalpodautoscalers/${name}`, status);

describe('the platform ConfigMap', () => {
  it("mirrors the Tenant's status and every service's autoscaler, owned by the Tenant", async () => {
    await waitFor('autoscaler state in the view', () => service('gateway')?.autoscaler?.desiredReplicas === 2);
    const tenant = academy(server, 'Tenant', undefined, 'plat')!;
    const status = tenant.status as { observedGeneration: number; conditions: unknown[]; services: unknown[] };
    // The view follows the Tenant's status one reconcile later: wait for it to catch up, then compare.
    const brief = (cs: unknown[] | undefined) => JSON.stringify((cs ?? []).map((c) => { const { type, status, reason, message } = c as Record<string, unknown>; return { type, status, reason, message }; }));
    const caughtUp = () => brief(view()?.conditions) === brief((academy(server, 'Tenant', undefined, 'plat')!.status as typeof status).conditions);
    await waitFor('the view to show the Tenant status', caughtUp);
    Object.assign(status, academy(server, 'Tenant', undefined, 'plat')!.status);
    const doc = view()!;
    expect(doc).toMatchObject({ tenant: 'plat', observedGeneration: status.observedGeneration, conditions: status.conditions, shardSet: { namespace: 'academy', name: 'demo' } });
    expect(doc.services.map((s) => s.name)).toEqual([...SERVICE_NAMES]);
    expect(service('gateway')).toEqual({
      name: 'gateway',
      ready: true,
      replicas: 2,
      readyReplicas: 2,
      autoscaler: {
        minReplicas: 2,
        maxReplicas: expect.any(Number),
        targetCPUUtilization: expect.any(Number),
        currentReplicas: 2,
        desiredReplicas: 2,
        conditions: [
          { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound', message: expect.stringContaining('cpu resource utilization') },
        ],
      },
    });
    const cm = configMap()!;
    expect(cm.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Tenant', name: 'plat', uid: tenant.metadata.uid, controller: true })]);
    expect(cm.metadata.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'academy-operator', 'app.kubernetes.io/component': 'platform' });
  });

  it('follows the autoscaler and the Deployments, and ignores metric readings', async () => {
    await settled(operator);
    sim.pause();
    try {
      const writes = () => server.requests.writes({ resource: 'configmaps', namespace: NS, name: 'academy-platform' }).length;
      // The HPA wants more replicas: the view says so.
      const scaling = [{ type: 'AbleToScale', status: 'True', reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 5' }];
      await hpaStatus('courses', { currentReplicas: 2, desiredReplicas: 5, conditions: scaling, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 95 } } }] });
      await waitFor('desired 5 in the view', () => service('courses')?.autoscaler?.desiredReplicas === 5);
      expect(service('courses')?.autoscaler?.conditions).toEqual(scaling);
      await settled(operator);

      // Only the CPU reading changes: nothing the view shows, so no reconcile and no write.
      const reconciles = async () => (await operator.metrics.reconciles.get()).values.filter((v) => v.labels.kind === 'Tenant').reduce((n, v) => n + v.value, 0);
      const before = writes();
      const reconciled = await reconciles();
      await hpaStatus('courses', { currentReplicas: 2, desiredReplicas: 5, conditions: scaling, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 97 } } }] });
      await new Promise((r) => setTimeout(r, 300));
      await settled(operator);
      expect(writes()).toBe(before);
      expect(await reconciles()).toBe(reconciled);

      // A Deployment loses its ready pods: the service and the Tenant's conditions say so.
      await writeStatus(`/apis/apps/v1/namespaces/${NS}/deployments/auth`, { readyReplicas: 0, availableReplicas: 0 });
      await waitFor('auth not ready in the view', () => service('auth')?.ready === false);
      expect(service('auth')).toMatchObject({ readyReplicas: 0 });
      expect(view()!.conditions.find((c) => c.type === 'ServicesAvailable')).toMatchObject({ status: 'False', message: expect.stringContaining('auth') });
      expect(view()!.conditions).toEqual((academy(server, 'Tenant', undefined, 'plat')!.status as { conditions: unknown[] }).conditions);
    } finally {
      sim.resume();
    }
    await waitFor('auth ready again in the view', () => service('auth')?.ready === true && condition(academy(server, 'Tenant', undefined, 'plat'), 'Ready')?.status === 'True');
  });

  it('shows a Tenant that became Degraded, and its recovery', async () => {
    const t = academy(server, 'Tenant', undefined, 'plat')!;
    const spec = t.spec as { services: Record<string, unknown> };
    // The schema allows it, the operator cannot realise it (no CPU request for the HPA's target).
    server.objects.upsert({ ...t, spec: { ...spec, services: { ...spec.services, auth: { minReplicas: 1, maxReplicas: 2, resources: { requests: { memory: '1Gi' } } } } } });
    await waitFor('Degraded in the view', () => view()?.conditions.find((c) => c.type === 'Degraded')?.status === 'True');
    expect(view()!.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'InvalidSpec', message: expect.stringContaining('requests.cpu') });
    server.objects.upsert({ ...academy(server, 'Tenant', undefined, 'plat')!, spec });
    await waitFor('Ready again in the view', () => view()?.conditions.find((c) => c.type === 'Ready')?.status === 'True' && view()!.services.length === SERVICE_NAMES.length);
  });

  it('is recreated when deleted', async () => {
    const uid = configMap()!.metadata.uid;
    server.objects.delete('v1', 'ConfigMap', NS, 'academy-platform');
    await waitFor('platform ConfigMap recreated', () => configMap() && configMap()!.metadata.uid !== uid);
    expect(view()!.tenant).toBe('plat');
  });
});
