import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../crds/index.ts';
import { demoTenant } from '../constructs/fixtures.ts';
import { platformConfigMap, platformDocument, slimAutoscalerStatus } from './tenant-platform.ts';

describe('slimAutoscalerStatus', () => {
  it('keeps replica counts and conditions, drops metrics and timestamps', () => {
    const slim = slimAutoscalerStatus({
      currentReplicas: 3,
      desiredReplicas: 4,
      lastScaleTime: '2026-12-03T08:00:00Z',
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 91 } } }],
      conditions: [{ type: 'ScalingLimited', status: 'False', reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range', lastTransitionTime: '2026-12-03T08:00:00Z' }],
    });
    expect(slim).toEqual({ currentReplicas: 3, desiredReplicas: 4, conditions: [{ type: 'ScalingLimited', status: 'False', reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' }] });
    expect(slimAutoscalerStatus(undefined)).toEqual({ conditions: [] });
  });
});

describe('platformDocument', () => {
  it("joins the Tenant's status with each service's scaling bounds and autoscaler state", () => {
    // GIVEN a tenant whose status lists two services, one with a known HPA status
    const tenant = withDefaults('Tenant', { ...demoTenant(), metadata: { name: 'demo', uid: 'u-1' } });
    const conditions = [{ type: 'Ready', status: 'True' as const, reason: 'Reconciled', message: 'ok', lastTransitionTime: '2026-12-03T08:00:00Z', observedGeneration: 2 }];
    const status = { observedGeneration: 2, conditions, services: [{ name: 'auth', ready: true, replicas: 2, readyReplicas: 2 }, { name: 'progress', ready: false, replicas: 0, readyReplicas: 0 }] };
    // WHEN the document is built
    const doc = platformDocument(tenant, status, (s) => (s === 'auth' ? { currentReplicas: 2, desiredReplicas: 3, conditions: [] } : undefined));
    // THEN it carries the conditions as they are, and the bounds from the spec with the HPA's counts
    const auth = tenant.spec.services.auth;
    expect(doc).toEqual({
      tenant: 'demo',
      observedGeneration: 2,
      conditions,
      services: [
        { name: 'auth', ready: true, replicas: 2, readyReplicas: 2, autoscaler: { minReplicas: auth.minReplicas, maxReplicas: auth.maxReplicas, targetCPUUtilization: auth.targetCPUUtilization, currentReplicas: 2, desiredReplicas: 3, conditions: [] } },
        { name: 'progress', ready: false, replicas: 0, readyReplicas: 0, autoscaler: expect.objectContaining({ minReplicas: tenant.spec.services.progress.minReplicas }) },
      ],
      shardSet: { namespace: tenant.spec.shardSetRef.namespace, name: tenant.spec.shardSetRef.name },
    });
    // AND the ConfigMap holding it is the Tenant's, in its namespace
    const cm = platformConfigMap(tenant, 'academy-demo', doc);
    expect(cm.metadata).toMatchObject({ name: 'academy-platform', namespace: 'academy-demo', ownerReferences: [expect.objectContaining({ kind: 'Tenant', uid: 'u-1', controller: true })] });
    expect(JSON.parse((cm.data as Record<string, string>)['platform.json'])).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
