import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { api, configMap, openWatch, startWithWidgets } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  // No periodic bookmarks: tests send them with the hook, so nothing depends on timing.
  server = await startWithWidgets({ bookmarkIntervalMs: 0, objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'w' } }] });
});
afterAll(() => server.close());

const cms = '/api/v1/namespaces/w/configmaps';
const cm = (name: string, data: Record<string, string> = {}, labels?: Record<string, string>) => configMap(name, data, { namespace: 'w', ...(labels ? { labels } : {}) });
const summary = (events: { type: string; object: { metadata: { name: string } } }[]) => events.map((e) => `${e.type} ${e.object.metadata.name}`);

describe('watch', () => {
  it('starts with ADDED for existing objects, then streams changes', async () => {
    await api(server, 'POST', cms, cm('w-existing'));
    const watch = await openWatch(server, `${cms}?watch=true&fieldSelector=metadata.name%3Dw-existing`);
    await watch.next(1);
    await api(server, 'PATCH', `${cms}/w-existing`, { data: { a: '1' } }, 'application/merge-patch+json');
    await api(server, 'DELETE', `${cms}/w-existing`);
    expect(summary(await watch.next(3))).toEqual(['ADDED w-existing', 'MODIFIED w-existing', 'DELETED w-existing']);
    watch.stop();
  });

  it('replays events after a resourceVersion, in order', async () => {
    const a = (await api(server, 'POST', cms, cm('w-replay'))).body;
    await api(server, 'PATCH', `${cms}/w-replay`, { data: { x: '1' } }, 'application/merge-patch+json');
    await api(server, 'POST', cms, cm('w-replay-2'));
    const watch = await openWatch(server, `${cms}?watch=1&resourceVersion=${a.metadata.resourceVersion}`);
    const events = await watch.next(2);
    expect(summary(events)).toEqual(['MODIFIED w-replay', 'ADDED w-replay-2']);
    expect(Number(events[1].object.metadata.resourceVersion)).toBeGreaterThan(Number(events[0].object.metadata.resourceVersion));
    watch.stop();
  });

  it('turns label selector transitions into ADDED and DELETED', async () => {
    const rv = server.objects.resourceVersion();
    const watch = await openWatch(server, `${cms}?watch=true&labelSelector=team%3Dblue&resourceVersion=${rv}`);
    await api(server, 'POST', cms, cm('w-sel', {}, { team: 'red' }));
    await api(server, 'PATCH', `${cms}/w-sel`, { metadata: { labels: { team: 'blue' } } }, 'application/merge-patch+json');
    await api(server, 'PATCH', `${cms}/w-sel`, { data: { a: 'b' } }, 'application/merge-patch+json');
    await api(server, 'PATCH', `${cms}/w-sel`, { metadata: { labels: { team: 'green' } } }, 'application/merge-patch+json');
    expect(summary(await watch.next(3))).toEqual(['ADDED w-sel', 'MODIFIED w-sel', 'DELETED w-sel']);
    watch.stop();
  });

  it('watches all namespaces on the cluster-wide path', async () => {
    const rv = server.objects.resourceVersion();
    const watch = await openWatch(server, `/api/v1/configmaps?watch=true&resourceVersion=${rv}`);
    await api(server, 'POST', '/api/v1/namespaces/default/configmaps', configMap('w-all-a'));
    await api(server, 'POST', cms, cm('w-all-b'));
    const events = await watch.next(2);
    expect(events.map((e) => `${e.object.metadata.namespace}/${e.object.metadata.name}`)).toEqual(['default/w-all-a', 'w/w-all-b']);
    watch.stop();
  });

  it('sends BOOKMARK events carrying the current resourceVersion when allowed', async () => {
    const watch = await openWatch(server, `${cms}?watch=true&allowWatchBookmarks=true&resourceVersion=${server.objects.resourceVersion()}`);
    const plain = await openWatch(server, `${cms}?watch=true&resourceVersion=${server.objects.resourceVersion()}`);
    server.sendBookmarks();
    const [bookmark] = await watch.next(1);
    expect(bookmark).toEqual({ type: 'BOOKMARK', object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { resourceVersion: String(server.objects.resourceVersion()) } } });
    await api(server, 'POST', cms, cm('w-after-bookmark'));
    expect(summary(await plain.next(1))).toEqual(['ADDED w-after-bookmark']);
    watch.stop();
    plain.stop();
  });

  it('ends the initial list of sendInitialEvents with an initial-events-end bookmark', async () => {
    await api(server, 'POST', cms, cm('w-initial'));
    const watch = await openWatch(server, `${cms}?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&fieldSelector=metadata.name%3Dw-initial`);
    const [added, bookmark] = await watch.next(2);
    expect(added.type).toBe('ADDED');
    expect(bookmark.type).toBe('BOOKMARK');
    expect(bookmark.object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    watch.stop();
  });

  it('answers an injected 410 with an ERROR event and ends the stream; the next watch works', async () => {
    const rv = server.objects.resourceVersion();
    server.injectWatchGone();
    const gone = await openWatch(server, `${cms}?watch=true&resourceVersion=${rv}`);
    await gone.ended;
    expect(gone.events).toEqual([{ type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) }]);
    const next = await openWatch(server, `${cms}?watch=true&resourceVersion=${rv}`);
    await api(server, 'POST', cms, cm('w-after-gone'));
    expect(summary(await next.next(1))).toEqual(['ADDED w-after-gone']);
    next.stop();
  });

  it('can aim an injected 410 at one resource', async () => {
    const rv = server.objects.resourceVersion();
    server.injectWatchGone(1, 'secrets');
    const other = await openWatch(server, `${cms}?watch=true&resourceVersion=${rv}`);
    const aimed = await openWatch(server, `/api/v1/namespaces/w/secrets?watch=true&resourceVersion=${rv}`);
    await aimed.ended;
    expect(aimed.events.map((e) => e.type)).toEqual(['ERROR']);
    await api(server, 'POST', cms, cm('w-not-aimed'));
    expect(summary(await other.next(1))).toEqual(['ADDED w-not-aimed']);
    other.stop();
  });

  it('answers 410 for resourceVersions older than the compacted history, and to an injected list', async () => {
    const old = server.objects.resourceVersion();
    await api(server, 'POST', cms, cm('w-compact'));
    server.compactWatchHistory();
    const watch = await openWatch(server, `${cms}?watch=true&resourceVersion=${old}`);
    await watch.ended;
    expect(watch.events[0].object).toMatchObject({ code: 410 });
    server.injectWatchGone();
    const list = await api(server, 'GET', `${cms}?resourceVersion=${old}`);
    expect(list.status).toBe(410);
    expect((await api(server, 'GET', `${cms}?resourceVersion=${old}`)).status).toBe(200);
  });

  it('ends a watch after timeoutSeconds', async () => {
    const watch = await openWatch(server, `${cms}?watch=true&timeoutSeconds=1&resourceVersion=${server.objects.resourceVersion()}`);
    await watch.ended;
    expect(watch.events).toEqual([]);
  });

  it('cutWatches ends every open watch', async () => {
    const a = await openWatch(server, `${cms}?watch=true&resourceVersion=${server.objects.resourceVersion()}`);
    const b = await openWatch(server, `/api/v1/namespaces?watch=true&resourceVersion=${server.objects.resourceVersion()}`);
    expect(server.activeWatchCount()).toBeGreaterThanOrEqual(2);
    server.cutWatches();
    await Promise.all([a.ended, b.ended]);
    expect(server.activeWatchCount()).toBe(0);
  });

  it('serves Table watch events when asked (kubectl get -w)', async () => {
    const res = await fetch(`${server.url}${cms}?watch=true&fieldSelector=metadata.name%3Dw-initial`, { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } });
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    const event = JSON.parse(new TextDecoder().decode(value).split('\n')[0]);
    expect(event.object.kind).toBe('Table');
    expect(event.object.rows[0].cells[0]).toBe('w-initial');
    await reader.cancel();
  });
});
