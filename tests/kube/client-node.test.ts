/** @kubernetes/client-node 1.4 against the server: object API, custom objects, server-side apply, informers. */
import { CoreV1Api, CustomObjectsApi, KubeConfig, KubernetesObjectApi, makeInformer, PatchStrategy, type KubernetesObject } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { startWithWidgets, widget as widgetObject } from './testkit.ts';

/** client-node types timestamps as Date; the server's own type keeps them as strings. */
const widget = (...args: Parameters<typeof widgetObject>) => widgetObject(...args) as unknown as KubernetesObject;

let server: KubeTestServer;
let kc: KubeConfig;
beforeAll(async () => {
  server = await startWithWidgets({ bookmarkIntervalMs: 0 });
  kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'test', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'u', token: 'x' }],
    contexts: [{ name: 'test', cluster: 'test', user: 'u' }],
    currentContext: 'test',
  });
});
afterAll(() => server.close());

const group = 'fixtures.kube-test.io';

describe('KubernetesObjectApi', () => {
  it('creates, reads, replaces and deletes, surfacing 409 and 422 as ApiExceptions with Status bodies', async () => {
    const client = KubernetesObjectApi.makeApiClient(kc);
    const created = await client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cn-a', namespace: 'default' }, data: { a: '1' } } as KubernetesObject);
    const read = await client.read<KubernetesObject & { data: Record<string, string> }>({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cn-a', namespace: 'default' } });
    expect(read.data).toEqual({ a: '1' });
    const replaced = await client.replace({ ...read, data: { a: '2' } } as KubernetesObject);
    expect(replaced.metadata?.resourceVersion).not.toBe(created.metadata?.resourceVersion);
    await expect(client.replace({ ...read, data: { a: '3' } } as KubernetesObject)).rejects.toMatchObject({ code: 409 });
    await expect(client.create(widget('cn-bad', { size: 'huge' }))).rejects.toMatchObject({ code: 422, body: expect.stringContaining('spec.size') });
    await client.delete({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cn-a', namespace: 'default' } });
    await expect(client.read({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cn-a', namespace: 'default' } })).rejects.toMatchObject({ code: 404 });
  });

  it('server-side applies as the operator does, and re-applying writes nothing', async () => {
    const client = KubernetesObjectApi.makeApiClient(kc);
    const desired = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'gateway', namespace: 'widgets', labels: { 'app.kubernetes.io/name': 'gateway' } },
      spec: {
        selector: { matchLabels: { app: 'gateway' } },
        template: { metadata: { labels: { app: 'gateway' } }, spec: { containers: [{ name: 'gateway', image: 'academy:1' }] } },
      },
    } as KubernetesObject;
    const first = await client.patch(desired, undefined, undefined, 'academy-operator', true, PatchStrategy.ServerSideApply);
    expect(first.metadata?.managedFields?.[0]).toMatchObject({ manager: 'academy-operator', operation: 'Apply' });
    const again = await client.patch(desired, undefined, undefined, 'academy-operator', true, PatchStrategy.ServerSideApply);
    expect(again.metadata?.resourceVersion).toBe(first.metadata?.resourceVersion);
    expect(server.requests.writes({ resource: 'deployments' }).map((r) => [r.verb, r.patchType, r.fieldManager])).toEqual([
      ['patch', 'apply', 'academy-operator'],
      ['patch', 'apply', 'academy-operator'],
    ]);
    const list = await client.list('apps/v1', 'Deployment', 'widgets');
    expect(list.items.map((d) => d.metadata?.name)).toEqual(['gateway']);
  });
});

describe('CustomObjectsApi and CoreV1Api', () => {
  it('creates, lists with a label selector and reads custom objects', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi);
    await custom.createNamespacedCustomObject({ group, version: 'v1', namespace: 'widgets', plural: 'widgets', body: widget('co-a', { size: 'small' }, { labels: { team: 'a' } }) });
    await custom.createNamespacedCustomObject({ group, version: 'v1', namespace: 'widgets', plural: 'widgets', body: widget('co-b', { size: 'small' }) });
    const list = await custom.listNamespacedCustomObject({ group, version: 'v1', namespace: 'widgets', plural: 'widgets', labelSelector: 'team=a' });
    expect(list.items.map((w: KubernetesObject) => w.metadata?.name)).toEqual(['co-a']);
    const got = await custom.getNamespacedCustomObject({ group, version: 'v1', namespace: 'widgets', plural: 'widgets', name: 'co-b' });
    expect(got.spec).toEqual({ size: 'small', color: 'blue', scaling: { minReplicas: 1, maxReplicas: 3 } });
  });

  it('reads built-ins through the typed API', async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const namespaces = await core.listNamespace();
    expect(namespaces.items.map((n) => n.metadata?.name)).toEqual(expect.arrayContaining(['default', 'kube-system', 'widgets']));
  });
});

describe('makeInformer', () => {
  it('lists, watches, and relists after a 410 Gone', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi);
    const path = `/apis/${group}/v1/namespaces/widgets/widgets`;
    const informer = makeInformer<KubernetesObject>(kc, path, () => custom.listNamespacedCustomObject({ group, version: 'v1', namespace: 'widgets', plural: 'widgets' }));
    const seen: string[] = [];
    const waiters: [string, () => void][] = [];
    const record = (kind: string) => (obj: KubernetesObject) => {
      const entry = `${kind} ${obj.metadata?.name}`;
      seen.push(entry);
      waiters.filter(([want]) => want === entry).forEach(([, resolve]) => resolve());
    };
    const seenEvent = (entry: string) => new Promise<void>((resolve) => (seen.includes(entry) ? resolve() : waiters.push([entry, resolve])));
    informer.on('add', record('add'));
    informer.on('update', record('update'));
    informer.on('delete', record('delete'));
    informer.on('error', () => {}); // stop() reports an AbortError

    await api('POST', widget('inf-existing'));
    await informer.start();
    await seenEvent('add inf-existing');
    await api('POST', widget('inf-new'));
    await seenEvent('add inf-new');

    const listsBefore = server.requests.count({ verb: 'list', resource: 'widgets' });
    server.injectWatchGone();
    server.cutWatches();
    await api('POST', widget('inf-after-gone'));
    await seenEvent('add inf-after-gone');
    expect(server.requests.count({ verb: 'list', resource: 'widgets' })).toBeGreaterThan(listsBefore);
    expect(informer.list('widgets').map((w) => w.metadata?.name).sort()).toEqual(expect.arrayContaining(['inf-after-gone', 'inf-existing', 'inf-new']));

    await fetch(`${server.url}${path}/inf-new`, { method: 'DELETE' });
    await seenEvent('delete inf-new');
    await informer.stop();
  });
});

async function api(method: string, body: KubernetesObject): Promise<void> {
  const res = await fetch(`${server.url}/apis/${group}/v1/namespaces/widgets/widgets`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
}
