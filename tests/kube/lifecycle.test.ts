import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { api, configMap, configMapsPath, crd, crdsPath, openWatch, startWithWidgets, widget, widgetsPath } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startWithWidgets();
});
afterAll(() => server.close());

function ownedBy(owner: { apiVersion: string; kind: string; metadata: { name: string; uid: string } }) {
  return { ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }] };
}

describe('finalizers and deletionTimestamp', () => {
  it('keeps an object with finalizers, marked for deletion, until the finalizers are removed', async () => {
    await api(server, 'POST', widgetsPath, widget('fin-a', { size: 'small' }, { finalizers: ['fixtures.kube-test.io/cleanup'] }));
    const del = await api(server, 'DELETE', `${widgetsPath}/fin-a`);
    expect(del.status).toBe(202);
    expect(del.body.metadata.deletionTimestamp).toBeDefined();
    expect(del.body.metadata.deletionGracePeriodSeconds).toBe(0);
    const marked = await api(server, 'GET', `${widgetsPath}/fin-a`);
    expect(marked.status).toBe(200);
    const cleared = await api(server, 'PATCH', `${widgetsPath}/fin-a`, { metadata: { finalizers: null } }, 'application/merge-patch+json');
    expect(cleared.status).toBe(200);
    expect((await api(server, 'GET', `${widgetsPath}/fin-a`)).status).toBe(404);
  });

  it('refuses new finalizers on an object being deleted', async () => {
    await api(server, 'POST', widgetsPath, widget('fin-b', { size: 'small' }, { finalizers: ['a.io/one'] }));
    await api(server, 'DELETE', `${widgetsPath}/fin-b`);
    const res = await api(server, 'PATCH', `${widgetsPath}/fin-b`, { metadata: { finalizers: ['a.io/one', 'a.io/two'] } }, 'application/merge-patch+json');
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('no new finalizers can be added if the object is being deleted');
  });

  it('checks delete preconditions', async () => {
    await api(server, 'POST', configMapsPath, configMap('fin-pre'));
    const res = await api(server, 'DELETE', `${configMapsPath}/fin-pre`, { preconditions: { resourceVersion: '1' } });
    expect(res.status).toBe(409);
  });
});

describe('ownerReference garbage collection', () => {
  it('deletes dependents (matched by uid) recursively when the owner goes', async () => {
    const owner = (await api(server, 'POST', widgetsPath, widget('gc-owner'))).body;
    const child = (await api(server, 'POST', '/api/v1/namespaces/widgets/configmaps', configMap('gc-child', {}, { namespace: 'widgets', ...ownedBy(owner) }))).body;
    await api(server, 'POST', '/api/v1/namespaces/widgets/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gc-grandchild', ...ownedBy(child) } });
    const stranger = { apiVersion: 'fixtures.kube-test.io/v1', kind: 'Widget', metadata: { name: 'gc-owner', uid: 'not-the-uid' } };
    await api(server, 'POST', '/api/v1/namespaces/widgets/configmaps', configMap('gc-other', {}, { namespace: 'widgets', ...ownedBy(stranger) }));
    expect((await api(server, 'GET', '/api/v1/namespaces/widgets/configmaps/gc-other')).status).toBe(404);

    await api(server, 'DELETE', `${widgetsPath}/gc-owner`);
    expect((await api(server, 'GET', '/api/v1/namespaces/widgets/configmaps/gc-child')).status).toBe(404);
    expect((await api(server, 'GET', '/api/v1/namespaces/widgets/secrets/gc-grandchild')).status).toBe(404);
  });

  it('keeps dependents while another owner remains', async () => {
    const a = (await api(server, 'POST', widgetsPath, widget('gc-a'))).body;
    const b = (await api(server, 'POST', widgetsPath, widget('gc-b'))).body;
    const refs = [...ownedBy(a).ownerReferences, { ...ownedBy(b).ownerReferences[0], controller: false }];
    await api(server, 'POST', '/api/v1/namespaces/widgets/configmaps', configMap('gc-shared', {}, { namespace: 'widgets', ownerReferences: refs }));
    await api(server, 'DELETE', `${widgetsPath}/gc-a`);
    expect((await api(server, 'GET', '/api/v1/namespaces/widgets/configmaps/gc-shared')).status).toBe(200);
    await api(server, 'DELETE', `${widgetsPath}/gc-b`);
    expect((await api(server, 'GET', '/api/v1/namespaces/widgets/configmaps/gc-shared')).status).toBe(404);
  });

  it('treats an owner in another namespace as absent, as kube does', async () => {
    const owner = (await api(server, 'POST', widgetsPath, widget('gc-elsewhere'))).body;
    const res = await api(server, 'POST', '/api/v1/namespaces/default/configmaps', configMap('gc-cross', {}, ownedBy(owner)));
    expect(res.status).toBe(201);
    expect((await api(server, 'GET', '/api/v1/namespaces/default/configmaps/gc-cross')).status).toBe(404);
  });

  it('orphans dependents with propagationPolicy=Orphan', async () => {
    const owner = (await api(server, 'POST', widgetsPath, widget('gc-orphaner'))).body;
    await api(server, 'POST', '/api/v1/namespaces/widgets/configmaps', configMap('gc-orphan', {}, { namespace: 'widgets', ...ownedBy(owner) }));
    await api(server, 'DELETE', `${widgetsPath}/gc-orphaner?propagationPolicy=Orphan`);
    const orphan = await api(server, 'GET', '/api/v1/namespaces/widgets/configmaps/gc-orphan');
    expect(orphan.status).toBe(200);
    expect(orphan.body.metadata.ownerReferences).toBeUndefined();
  });

  it('foreground deletion keeps the owner (foregroundDeletion finalizer) until its dependents are gone', async () => {
    const owner = (await api(server, 'POST', widgetsPath, widget('gc-fg'))).body;
    const childPath = '/api/v1/namespaces/widgets/configmaps/gc-fg-child';
    await api(server, 'POST', '/api/v1/namespaces/widgets/configmaps', configMap('gc-fg-child', {}, { namespace: 'widgets', finalizers: ['a.io/hold'], ...ownedBy(owner) }));
    const del = await api(server, 'DELETE', `${widgetsPath}/gc-fg`, { propagationPolicy: 'Foreground' });
    expect(del.status).toBe(202);
    expect(del.body.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect((await api(server, 'GET', childPath)).body.metadata.deletionTimestamp).toBeDefined();

    await api(server, 'PATCH', childPath, { metadata: { finalizers: null } }, 'application/merge-patch+json');
    expect((await api(server, 'GET', childPath)).status).toBe(404);
    expect((await api(server, 'GET', `${widgetsPath}/gc-fg`)).status).toBe(404);
  });
});

describe('namespaces', () => {
  it('deleting a namespace deletes its objects, waits for their finalizers, then goes', async () => {
    await api(server, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'doomed' } });
    await api(server, 'POST', '/api/v1/namespaces/doomed/configmaps', configMap('plain', {}, { namespace: 'doomed' }));
    await api(server, 'POST', '/api/v1/namespaces/doomed/configmaps', configMap('held', {}, { namespace: 'doomed', finalizers: ['a.io/hold'] }));
    const del = await api(server, 'DELETE', '/api/v1/namespaces/doomed');
    expect(del.status).toBe(202);
    const ns = await api(server, 'GET', '/api/v1/namespaces/doomed');
    expect(ns.body.status.phase).toBe('Terminating');
    expect((await api(server, 'GET', '/api/v1/namespaces/doomed/configmaps/plain')).status).toBe(404);
    const blocked = await api(server, 'POST', '/api/v1/namespaces/doomed/configmaps', configMap('late', {}, { namespace: 'doomed' }));
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toContain('because it is being terminated');

    await api(server, 'PATCH', '/api/v1/namespaces/doomed/configmaps/held', { metadata: { finalizers: null } }, 'application/merge-patch+json');
    expect((await api(server, 'GET', '/api/v1/namespaces/doomed')).status).toBe(404);
  });

  it('labels namespaces with kubernetes.io/metadata.name', async () => {
    const res = await api(server, 'POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'labelled' } });
    expect(res.body.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'labelled' });
    expect(res.body.status.phase).toBe('Active');
  });
});

describe('CRD lifecycle', () => {
  it('serves a CRD once created and, when it is deleted, removes its objects and stops serving it', async () => {
    const gizmoCrd = crd('fixtures.kube-test.io', { plural: 'gizmos', kind: 'Gizmo' }, { v1alpha1: { type: 'object', properties: { spec: { type: 'object', properties: { n: { type: 'integer' } } } } } }, 'Cluster');
    const created = await api(server, 'POST', crdsPath, gizmoCrd);
    expect(created.status).toBe(201);
    expect(created.body.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual(['NamesAccepted=True', 'Established=True']);
    const gizmos = '/apis/fixtures.kube-test.io/v1alpha1/gizmos';
    expect((await api(server, 'POST', gizmos, { apiVersion: 'fixtures.kube-test.io/v1alpha1', kind: 'Gizmo', metadata: { name: 'g1' }, spec: { n: 1 } })).status).toBe(201);

    const watch = await openWatch(server, `${gizmos}?watch=1`);
    await watch.next(1);
    await api(server, 'DELETE', `${crdsPath}/gizmos.fixtures.kube-test.io`);
    // The CRD cleanup deletes each object (watchers see it go), not only the stored data.
    expect((await watch.next(2)).map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED g1', 'DELETED g1']);
    watch.stop();
    expect((await api(server, 'GET', `${crdsPath}/gizmos.fixtures.kube-test.io`)).status).toBe(404);
    expect((await api(server, 'GET', gizmos)).status).toBe(404);
    // The objects went with the CRD: served again, it has none (not g1 coming back).
    expect((await api(server, 'POST', crdsPath, gizmoCrd)).status).toBe(201);
    expect((await api(server, 'GET', gizmos)).body.items).toEqual([]);
  });

  it('keeps a deleted CRD (Terminating) until its last object lets go of its finalizer', async () => {
    const held = crd('fixtures.kube-test.io', { plural: 'helds', kind: 'Held' }, { v1: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } }, 'Cluster');
    expect((await api(server, 'POST', crdsPath, held)).status).toBe(201);
    const helds = '/apis/fixtures.kube-test.io/v1/helds';
    expect((await api(server, 'POST', helds, { apiVersion: 'fixtures.kube-test.io/v1', kind: 'Held', metadata: { name: 'h1', finalizers: ['example.com/hold'] } })).status).toBe(201);
    await api(server, 'DELETE', `${crdsPath}/helds.fixtures.kube-test.io`);
    expect((await api(server, 'GET', `${crdsPath}/helds.fixtures.kube-test.io`)).body.metadata).toMatchObject({ finalizers: ['customresourcecleanup.apiextensions.k8s.io'], deletionTimestamp: expect.any(String) });
    const h1 = (await api(server, 'GET', `${helds}/h1`)).body;
    expect(h1.metadata.deletionTimestamp).toEqual(expect.any(String));
    expect((await api(server, 'PUT', `${helds}/h1`, { ...h1, metadata: { ...h1.metadata, finalizers: [] } })).status).toBe(200);
    expect((await api(server, 'GET', `${crdsPath}/helds.fixtures.kube-test.io`)).status).toBe(404);
  });
});
