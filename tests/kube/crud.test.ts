import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { api, configMap, configMapsPath, startWithWidgets, widget, widgetsPath } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startWithWidgets();
});
afterAll(() => server.close());

describe('create, get, list, update, delete', () => {
  it('creates with uid, resourceVersion, generation 1 and creationTimestamp, then reads it back', async () => {
    const created = await api(server, 'POST', configMapsPath, configMap('crud-a', { k: 'v' }));
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'crud-a', namespace: 'default', generation: 1 });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.metadata.creationTimestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const got = await api(server, 'GET', `${configMapsPath}/crud-a?timeout=32s`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', data: { k: 'v' } });
    expect(got.body.metadata.resourceVersion).toBe(created.body.metadata.resourceVersion);
  });

  it('answers 409 AlreadyExists for a duplicate name and 404 NotFound Status for a missing object', async () => {
    await api(server, 'POST', configMapsPath, configMap('crud-dup'));
    const dup = await api(server, 'POST', configMapsPath, configMap('crud-dup'));
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ kind: 'Status', reason: 'AlreadyExists', message: 'configmaps "crud-dup" already exists' });
    const missing = await api(server, 'GET', `${configMapsPath}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ kind: 'Status', reason: 'NotFound', details: { name: 'nope', kind: 'configmaps' } });
  });

  it('refuses an update carrying a stale resourceVersion with 409 Conflict', async () => {
    const created = (await api(server, 'POST', configMapsPath, configMap('crud-rv', { n: '1' }))).body;
    const first = await api(server, 'PUT', `${configMapsPath}/crud-rv`, { ...created, data: { n: '2' } });
    expect(first.status).toBe(200);
    expect(Number(first.body.metadata.resourceVersion)).toBeGreaterThan(Number(created.metadata.resourceVersion));
    const stale = await api(server, 'PUT', `${configMapsPath}/crud-rv`, { ...created, data: { n: '3' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'Conflict', message: expect.stringContaining('the object has been modified') });
  });

  it('requires metadata.resourceVersion on custom resource updates, as kube does', async () => {
    await api(server, 'POST', widgetsPath, widget('crud-norv'));
    const res = await api(server, 'PUT', `${widgetsPath}/crud-norv`, widget('crud-norv', { size: 'large' }));
    expect(res.status).toBe(422);
    expect(res.body.details.causes[0].field).toBe('metadata.resourceVersion');
  });

  it('does not write (same resourceVersion, no event) when an update changes nothing', async () => {
    const created = (await api(server, 'POST', configMapsPath, configMap('crud-noop', { a: 'b' }))).body;
    const again = await api(server, 'PUT', `${configMapsPath}/crud-noop`, created);
    expect(again.body.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
  });

  it('refuses a body whose name, namespace, apiVersion or kind disagrees with the URL (400)', async () => {
    const created = (await api(server, 'POST', configMapsPath, configMap('crud-urls'))).body;
    const rename = await api(server, 'PUT', `${configMapsPath}/crud-urls`, { ...created, metadata: { ...created.metadata, name: 'other' } });
    expect(rename.status).toBe(400);
    expect(rename.body.message).toContain('does not match the name on the URL');
    const otherNs = await api(server, 'POST', configMapsPath, configMap('x', {}, { namespace: 'kube-system' }));
    expect(otherNs.status).toBe(400);
    const wrongVersion = await api(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', { apiVersion: 'apps/v1beta1', kind: 'Deployment', metadata: { name: 'd' } });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body.message).toContain('does not match the expected API version');
  });

  it('answers 404 for creating in a namespace that does not exist', async () => {
    const res = await api(server, 'POST', '/api/v1/namespaces/ghost/configmaps', configMap('x', {}, { namespace: 'ghost' }));
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('namespaces "ghost" not found');
  });

  it('names objects from generateName', async () => {
    const res = await api(server, 'POST', configMapsPath, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'gen-' } });
    expect(res.status).toBe(201);
    expect(res.body.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
  });

  it('stores Secret stringData as base64 data and defaults the type', async () => {
    const res = await api(server, 'POST', '/api/v1/namespaces/default/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's1' }, stringData: { token: 'hunter2' } });
    expect(res.body).toMatchObject({ type: 'Opaque', data: { token: Buffer.from('hunter2').toString('base64') } });
    expect(res.body.stringData).toBeUndefined();
  });

  it('deletes: the object is gone afterwards and built-ins answer a success Status', async () => {
    await api(server, 'POST', configMapsPath, configMap('crud-del'));
    const del = await api(server, 'DELETE', `${configMapsPath}/crud-del`);
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'crud-del' } });
    expect((await api(server, 'GET', `${configMapsPath}/crud-del`)).status).toBe(404);
  });

  it('dry runs validate and answer without storing', async () => {
    const res = await api(server, 'POST', `${configMapsPath}?dryRun=All`, configMap('crud-dry'));
    expect(res.status).toBe(201);
    expect((await api(server, 'GET', `${configMapsPath}/crud-dry`)).status).toBe(404);
  });
});

describe('generation and the status subresource', () => {
  it('bumps generation on spec changes only, and ignores status on the main resource', async () => {
    const created = (await api(server, 'POST', widgetsPath, widget('gen-a'))).body;
    const labelled = (await api(server, 'PUT', `${widgetsPath}/gen-a`, { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } })).body;
    expect(labelled.metadata.generation).toBe(1);
    const withStatus = (await api(server, 'PUT', `${widgetsPath}/gen-a`, { ...labelled, status: { observedGeneration: 7 } })).body;
    expect(withStatus.status).toBeUndefined();
    expect(withStatus.metadata.generation).toBe(1);
    const resized = (await api(server, 'PUT', `${widgetsPath}/gen-a`, { ...withStatus, spec: { ...withStatus.spec, size: 'large' } })).body;
    expect(resized.metadata.generation).toBe(2);
  });

  it('writes only status through /status, without bumping generation', async () => {
    const created = (await api(server, 'POST', widgetsPath, widget('gen-b'))).body;
    const res = await api(server, 'PUT', `${widgetsPath}/gen-b/status`, {
      ...created,
      spec: { size: 'large' },
      status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.spec.size).toBe('medium');
    expect(res.body.status.conditions[0].status).toBe('True');
    expect(res.body.metadata.generation).toBe(1);
    const status = await api(server, 'GET', `${widgetsPath}/gen-b/status`);
    expect(status.body.status.observedGeneration).toBe(1);
  });

  it('drops status on create for kinds with a status subresource', async () => {
    const res = await api(server, 'POST', widgetsPath, { ...widget('gen-c'), status: { observedGeneration: 3 } });
    expect(res.body.status).toBeUndefined();
  });

  it('answers 404 for /status of a kind without the subresource', async () => {
    await api(server, 'POST', configMapsPath, configMap('gen-d'));
    expect((await api(server, 'GET', `${configMapsPath}/gen-d/status`)).status).toBe(404);
  });
});

describe('list', () => {
  beforeAll(async () => {
    await api(server, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'listing' } });
    const labels = [{ app: 'web', tier: 'front' }, { app: 'web', tier: 'back' }, { app: 'db' }, {}];
    for (const [i, l] of labels.entries()) {
      await api(server, 'POST', '/api/v1/namespaces/listing/configmaps', configMap(`l${i}`, {}, { namespace: 'listing', labels: l }));
    }
  });

  const names = async (query: string, path = '/api/v1/namespaces/listing/configmaps') =>
    ((await api(server, 'GET', `${path}?${query}`)).body.items as { metadata: { name: string } }[]).map((i) => i.metadata.name);

  it('filters by label selectors: =, ==, !=, in, notin, exists, !exists', async () => {
    expect(await names('labelSelector=app%3Dweb')).toEqual(['l0', 'l1']);
    expect(await names('labelSelector=app%3D%3Dweb,tier%3Dback')).toEqual(['l1']);
    expect(await names('labelSelector=app!%3Dweb')).toEqual(['l2', 'l3']);
    expect(await names(`labelSelector=${encodeURIComponent('tier in (front,side)')}`)).toEqual(['l0']);
    expect(await names(`labelSelector=${encodeURIComponent('app notin (web)')}`)).toEqual(['l2', 'l3']);
    expect(await names('labelSelector=tier')).toEqual(['l0', 'l1']);
    expect(await names('labelSelector=!app')).toEqual(['l3']);
  });

  it('filters by field selector and refuses unsupported fields with 400', async () => {
    expect(await names('fieldSelector=metadata.name%3Dl2')).toEqual(['l2']);
    expect(await names('fieldSelector=metadata.namespace%3Dlisting,metadata.name!%3Dl0', '/api/v1/configmaps')).toEqual(['l1', 'l2', 'l3']);
    expect((await api(server, 'GET', '/api/v1/configmaps?fieldSelector=data.x%3D1')).status).toBe(400);
  });

  it('lists across namespaces, with the list resourceVersion, and built-in items without kind', async () => {
    const res = await api(server, 'GET', '/api/v1/configmaps');
    expect(res.body.kind).toBe('ConfigMapList');
    expect(Number(res.body.metadata.resourceVersion)).toBe(server.objects.resourceVersion());
    const namespaces = new Set(res.body.items.map((i: { metadata: { namespace: string } }) => i.metadata.namespace));
    expect(namespaces).toEqual(new Set(['default', 'listing']));
    expect(res.body.items[0].kind).toBeUndefined();
  });

  it('pages with limit and continue', async () => {
    const first = await api(server, 'GET', '/api/v1/namespaces/listing/configmaps?limit=3');
    expect(first.body.items).toHaveLength(3);
    expect(first.body.metadata.remainingItemCount).toBe(1);
    const second = await api(server, 'GET', `/api/v1/namespaces/listing/configmaps?limit=3&continue=${first.body.metadata.continue}`);
    expect(second.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['l3']);
    expect(second.body.metadata.continue).toBeUndefined();
  });

  it('deletes a collection by label selector', async () => {
    const res = await api(server, 'DELETE', '/api/v1/namespaces/listing/configmaps?labelSelector=app%3Ddb');
    expect(res.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['l2']);
    expect(await names('')).toEqual(['l0', 'l1', 'l3']);
  });
});

describe('request log', () => {
  it('counts requests by verb and resource, so tests can assert a steady state writes nothing', async () => {
    server.requests.clear();
    await api(server, 'GET', configMapsPath);
    await api(server, 'POST', configMapsPath, configMap('log-a'));
    await api(server, 'PATCH', `${configMapsPath}/log-a`, { data: { x: 'y' } }, 'application/merge-patch+json');
    expect(server.requests.count({ verb: 'list', resource: 'configmaps' })).toBe(1);
    expect(server.requests.writes().map((r) => [r.verb, r.name, r.patchType, r.code])).toEqual([
      ['create', undefined, undefined, 201],
      ['patch', 'log-a', 'merge', 200],
    ]);
  });
});

describe('built-in defaults', () => {
  it('fills the defaults kube-apiserver fills, so naive diffing operators see them', async () => {
    const res = await api(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'defaulted' },
      spec: {
        selector: { matchLabels: { app: 'd' } },
        template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image: 'academy:1.2', ports: [{ containerPort: 80 }] }] } },
      },
    });
    expect(res.body.spec).toMatchObject({ replicas: 1, revisionHistoryLimit: 10, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } } });
    expect(res.body.spec.template.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 });
    expect(res.body.spec.template.spec.containers[0]).toMatchObject({ imagePullPolicy: 'IfNotPresent', ports: [{ containerPort: 80, protocol: 'TCP' }] });
    const svc = await api(server, 'POST', '/api/v1/namespaces/default/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'defaulted' }, spec: { ports: [{ port: 80 }] } });
    expect(svc.body.spec).toMatchObject({ type: 'ClusterIP', sessionAffinity: 'None', ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
    expect(svc.body.spec.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
  });
});

describe('built-ins the operator writes', () => {
  it('accepts well-formed objects of every served built-in kind', async () => {
    const ns = 'default';
    const now = new Date().toISOString();
    const objects: [string, object][] = [
      [`/api/v1/namespaces/${ns}/serviceaccounts`, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'op' } }],
      [`/api/v1/namespaces/${ns}/events`, { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1' }, involvedObject: { kind: 'ConfigMap', name: 'x', namespace: ns }, reason: 'Synced', message: 'ok', type: 'Normal' }],
      [`/apis/events.k8s.io/v1/namespaces/${ns}/events`, { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'e2' }, eventTime: now, reportingController: 'academy.trendtactics.io/operator', reportingInstance: 'op-0', action: 'Reconcile', reason: 'Synced', type: 'Normal', regarding: { kind: 'ConfigMap', name: 'x', namespace: ns } }],
      [`/apis/coordination.k8s.io/v1/namespaces/${ns}/leases`, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'academy-operator' }, spec: { holderIdentity: 'op-0', leaseDurationSeconds: 15, acquireTime: now.replace('Z', '000Z'), renewTime: now } }],
      [`/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets`, { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'pdb' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } }],
      [`/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies`, { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny' }, spec: {} }],
      [`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses`, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'ing' }, spec: { ingressClassName: 'nginx', rules: [{ host: 'a.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } }],
      [`/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers`, { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'hpa' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5, behavior: { scaleDown: { stabilizationWindowSeconds: 300 } } } }],
      [`/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles`, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r' }, rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] }],
      [`/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'r' }, subjects: [{ kind: 'ServiceAccount', name: 'op', namespace: ns }] }],
      ['/apis/rbac.authorization.k8s.io/v1/clusterroles', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'cr' }, rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] }],
      ['/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'crb' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cr' }, subjects: [{ kind: 'ServiceAccount', name: 'op', namespace: ns }] }],
    ];
    const codes = await Promise.all(objects.map(async ([path, body]) => `${path.split('/').pop()} ${(await api(server, 'POST', path, body)).status}`));
    expect(codes).toEqual(objects.map(([path]) => `${path.split('/').pop()} 201`));
    const hpa = (await api(server, 'GET', `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers/hpa`)).body;
    expect(hpa.spec.minReplicas).toBe(1);
    expect(hpa.spec.metrics[0].resource).toMatchObject({ name: 'cpu', target: { averageUtilization: 80 } });
    expect(hpa.spec.behavior.scaleDown).toMatchObject({ stabilizationWindowSeconds: 300, selectPolicy: 'Max' });
    const netpol = (await api(server, 'GET', `/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies/deny`)).body;
    expect(netpol.spec.policyTypes).toEqual(['Ingress']);
  });

  it('refuses a RoleBinding whose roleRef changes', async () => {
    const path = '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings';
    const created = (await api(server, 'POST', path, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb-fixed' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'a' } })).body;
    const res = await api(server, 'PUT', `${path}/rb-fixed`, { ...created, roleRef: { ...created.roleRef, name: 'b' } });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('roleRef: Invalid value: "object": cannot change roleRef');
  });
});

describe('keep-alive connections', () => {
  /** Writes `raw` (pipelined requests) on one socket and returns the status codes answered, in order. */
  async function statusCodes(raw: string, expected: number): Promise<number[]> {
    const socket = connect(server.port, '127.0.0.1');
    let data = '';
    const codes = () => [...data.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    try {
      await new Promise<void>((resolve, reject) => {
        socket.on('data', (chunk) => {
          data += chunk.toString('utf8');
          if (codes().length >= expected) resolve();
        });
        socket.on('error', reject);
        socket.on('close', () => resolve());
        socket.write(raw);
      });
    } finally {
      socket.destroy();
    }
    return codes();
  }

  it('a DELETE with a body answered 404 leaves the connection usable for the next request', async () => {
    const body = JSON.stringify({ kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background' });
    const del = (path: string) => `DELETE ${path} HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const get = 'GET /api/v1/namespaces/default HTTP/1.1\r\nHost: t\r\n\r\n';
    // 404 after the body is read (no such object) and before it is (no such resource): the body must not be taken for the next request.
    expect(await statusCodes(del(`${configMapsPath}/missing`) + get, 2)).toEqual([404, 200]);
    expect(await statusCodes(del('/apis/nothing.example.com/v1/namespaces/default/things/missing') + get, 2)).toEqual([404, 200]);
  });
});
