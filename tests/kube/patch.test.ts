import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { KubeTestServer } from './server.ts';
import { api, configMap, configMapsPath, startWithWidgets, widget, widgetsPath } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startWithWidgets();
});
afterAll(() => server.close());

const deploymentsPath = '/apis/apps/v1/namespaces/default/deployments';
function deployment(name: string, containers: object[]) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers } } },
  };
}

describe('merge and JSON patch', () => {
  it('merge patch merges maps and deletes with null', async () => {
    await api(server, 'POST', configMapsPath, configMap('p-merge', { a: '1', b: '2' }));
    const res = await api(server, 'PATCH', `${configMapsPath}/p-merge`, { data: { b: null, c: '3' } }, 'application/merge-patch+json');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ a: '1', c: '3' });
  });

  it('JSON patch applies operations in order and fails a test op with 422', async () => {
    await api(server, 'POST', configMapsPath, configMap('p-json', { a: '1' }));
    const ops = [
      { op: 'test', path: '/data/a', value: '1' },
      { op: 'add', path: '/data/b', value: '2' },
      { op: 'move', from: '/data/a', path: '/data/c' },
      { op: 'add', path: '/metadata/labels', value: { 'x.io/y': 'z' } },
    ];
    const res = await api(server, 'PATCH', `${configMapsPath}/p-json`, ops, 'application/json-patch+json');
    expect(res.body.data).toEqual({ b: '2', c: '1' });
    expect(res.body.metadata.labels).toEqual({ 'x.io/y': 'z' });
    const failed = await api(server, 'PATCH', `${configMapsPath}/p-json`, [{ op: 'test', path: '/data/b', value: 'nope' }], 'application/json-patch+json');
    expect(failed.status).toBe(422);
  });

  it('a patch carrying a stale resourceVersion is a 409 conflict', async () => {
    const created = (await api(server, 'POST', configMapsPath, configMap('p-rv'))).body;
    await api(server, 'PATCH', `${configMapsPath}/p-rv`, { data: { x: '1' } }, 'application/merge-patch+json');
    const res = await api(server, 'PATCH', `${configMapsPath}/p-rv`, { metadata: { resourceVersion: created.metadata.resourceVersion }, data: { x: '2' } }, 'application/merge-patch+json');
    expect(res.status).toBe(409);
  });

  it('patching a missing object is a 404', async () => {
    expect((await api(server, 'PATCH', `${configMapsPath}/p-missing`, { data: {} }, 'application/merge-patch+json')).status).toBe(404);
  });

  it('patches the status subresource without touching spec', async () => {
    await api(server, 'POST', widgetsPath, widget('p-status'));
    const res = await api(server, 'PATCH', `${widgetsPath}/p-status/status`, { spec: { size: 'large' }, status: { observedGeneration: 1 } }, 'application/merge-patch+json');
    expect(res.body.spec.size).toBe('medium');
    expect(res.body.status).toEqual({ observedGeneration: 1 });
  });
});

describe('strategic merge patch', () => {
  it('merges containers by name on built-ins', async () => {
    await api(server, 'POST', deploymentsPath, deployment('p-smp', [{ name: 'app', image: 'app:1' }, { name: 'sidecar', image: 'side:1' }]));
    const patch = { spec: { template: { spec: { containers: [{ name: 'app', image: 'app:2' }] } } } };
    const res = await api(server, 'PATCH', `${deploymentsPath}/p-smp`, patch, 'application/strategic-merge-patch+json');
    expect(res.body.spec.template.spec.containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).toEqual(['app=app:2', 'sidecar=side:1']);
    expect(res.body.metadata.generation).toBe(2);
  });

  it('is refused with 415 on custom resources, as kube does', async () => {
    await api(server, 'POST', widgetsPath, widget('p-smp-cr'));
    const res = await api(server, 'PATCH', `${widgetsPath}/p-smp-cr`, { spec: { size: 'large' } }, 'application/strategic-merge-patch+json');
    expect(res.status).toBe(415);
    expect(res.body.reason).toBe('UnsupportedMediaType');
  });
});

describe('server-side apply', () => {
  const apply = (path: string, body: object, manager: string, force = false) =>
    api(server, 'PATCH', `${path}?fieldManager=${manager}${force ? '&force=true' : ''}`, YAML.stringify(body), 'application/apply-patch+yaml');

  it('creates a missing object and records the manager in managedFields', async () => {
    const res = await apply(`${configMapsPath}/ssa-a`, configMap('ssa-a', { a: '1' }), 'op');
    expect(res.status).toBe(201);
    expect(res.body.metadata.managedFields).toEqual([expect.objectContaining({ manager: 'op', operation: 'Apply', fieldsV1: { 'f:data': { 'f:a': {} } } })]);
  });

  it('re-applying the same configuration writes nothing', async () => {
    const first = await apply(`${configMapsPath}/ssa-b`, configMap('ssa-b', { a: '1' }), 'op');
    const again = await apply(`${configMapsPath}/ssa-b`, configMap('ssa-b', { a: '1' }), 'op');
    expect(again.status).toBe(200);
    expect(again.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
  });

  it('removes fields the manager stopped applying, but keeps fields others set', async () => {
    await apply(`${configMapsPath}/ssa-c`, configMap('ssa-c', { a: '1', b: '2' }), 'op');
    await api(server, 'PATCH', `${configMapsPath}/ssa-c`, { data: { user: 'x' } }, 'application/merge-patch+json');
    const res = await apply(`${configMapsPath}/ssa-c`, configMap('ssa-c', { a: '1' }), 'op');
    expect(res.body.data).toEqual({ a: '1', user: 'x' });
  });

  it('conflicts (409) when another manager owns a field with a different value, unless forced', async () => {
    await apply(`${configMapsPath}/ssa-d`, configMap('ssa-d', { a: '1' }), 'alice');
    const clash = await apply(`${configMapsPath}/ssa-d`, configMap('ssa-d', { a: '2' }), 'bob');
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain('conflict with "alice": .data.a');
    const forced = await apply(`${configMapsPath}/ssa-d`, configMap('ssa-d', { a: '2' }), 'bob', true);
    expect(forced.status).toBe(200);
    expect(forced.body.data.a).toBe('2');
    expect(forced.body.metadata.managedFields.map((m: { manager: string }) => m.manager)).toEqual(['bob']);
  });

  it('requires a fieldManager', async () => {
    const res = await api(server, 'PATCH', `${configMapsPath}/ssa-e`, YAML.stringify(configMap('ssa-e')), 'application/apply-patch+yaml');
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('fieldManager');
  });

  it('validates applied custom resources like any write', async () => {
    const res = await apply(`${widgetsPath}/ssa-bad`, widget('ssa-bad', { size: 'huge' }), 'op');
    expect(res.status).toBe(422);
    expect(res.body.details.causes[0].field).toBe('spec.size');
  });

  it('applies status through /status', async () => {
    await apply(`${widgetsPath}/ssa-status`, widget('ssa-status'), 'op');
    const res = await apply(`${widgetsPath}/ssa-status/status`, { ...widget('ssa-status'), status: { observedGeneration: 1 } }, 'op');
    expect(res.status).toBe(200);
    expect(res.body.status).toEqual({ observedGeneration: 1 });
    expect(res.body.metadata.generation).toBe(1);
  });
});

describe('scale subresource', () => {
  it('reads and writes a Deployment replica count through /scale', async () => {
    await api(server, 'POST', deploymentsPath, deployment('p-scale', [{ name: 'app', image: 'app:1' }]));
    const scale = await api(server, 'GET', `${deploymentsPath}/p-scale/scale`);
    expect(scale.body).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 1 }, status: { replicas: 0, selector: 'app=p-scale' } });
    const patched = await api(server, 'PATCH', `${deploymentsPath}/p-scale/scale`, { spec: { replicas: 4 } }, 'application/merge-patch+json');
    expect(patched.body.spec.replicas).toBe(4);
    const stored = (await api(server, 'GET', `${deploymentsPath}/p-scale`)).body;
    expect(stored.spec.replicas).toBe(4);
    expect(stored.metadata.generation).toBe(2);
    const stale = await api(server, 'PUT', `${deploymentsPath}/p-scale/scale`, { ...scale.body, spec: { replicas: 2 } });
    expect(stale.status).toBe(409);
  });
});
