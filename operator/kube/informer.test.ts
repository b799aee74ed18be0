import { afterAll, beforeAll, expect, it } from 'vitest';
import pino from 'pino';
import { startKubeTestServer, type KubeTestServer } from '../../tests/kube/server.ts';
import { kubeConfigFor, waitFor } from '../../tests/operator/harness.ts';
import { KubeClient } from './client.ts';
import { Informer } from './informer.ts';
import type { KubeObject } from './types.ts';

let server: KubeTestServer;
let client: KubeClient;
let informer: Informer;
const cm = (name: string, value: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { value } });

beforeAll(async () => {
  server = await startKubeTestServer({ bookmarkIntervalMs: 0 });
  client = new KubeClient(kubeConfigFor(server));
  informer = new Informer(client, { apiVersion: 'v1', kind: 'ConfigMap', log: pino({ level: 'silent' }) });
  await informer.start();
});
afterAll(async () => {
  await informer.stop();
  client.close();
  await server.close();
});

it('remembers what a write returned at once, before its watch event', async () => {
  const written = await informer.writeThrough(() => client.create<KubeObject>(cm('a', '1')));
  expect(informer.get('default', 'a')?.metadata.resourceVersion).toBe(written.metadata.resourceVersion);
});

it('never compares resourceVersions: a watch update that arrived during the write wins over what the write returned', async () => {
  const first = await client.create<KubeObject>(cm('b', '1'));
  await waitFor('b cached', () => informer.get('default', 'b'));
  const since = informer.mark();
  // Someone else changes b after "our" write returned `first`, and the watch delivers it first.
  const newer = server.objects.upsert({ ...first, data: { value: '2' } } as never) as unknown as KubeObject;
  await waitFor('newer b cached', () => informer.get('default', 'b')?.metadata.resourceVersion === newer.metadata.resourceVersion);
  informer.remember(first, since);
  expect(informer.get('default', 'b')?.data).toEqual({ value: '2' });
  // Without an arrival after the mark, what the write returned is taken, whatever its resourceVersion looks like.
  informer.remember({ ...first, metadata: { ...first.metadata, resourceVersion: 'opaque-token' }, data: { value: '3' } }, informer.mark());
  expect(informer.get('default', 'b')?.data).toEqual({ value: '3' });
});
