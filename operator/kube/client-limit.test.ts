/**
 * KubeClient's flow control against the test API server: every kind of request takes a token,
 * a throttled read is resent after Retry-After, a throttled write is not (the queue retries it),
 * and Lease calls have their own bucket, so a renewal never waits behind queued reconciles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKubeTestServer, type KubeTestServer } from '../../tests/kube/server.ts';
import { kubeConfigFor } from '../../tests/operator/harness.ts';
import { KubeApiError, KubeClient } from './client.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startKubeTestServer();
});
afterAll(async () => {
  await server?.close();
});

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { a: '1' } });

describe('KubeClient flow control', () => {
  it('a Lease read is served while the main bucket holds a queue of reads', async () => {
    const client = new KubeClient(kubeConfigFor(server, 'lease-check'), { qps: 2, burst: 1 });
    try {
      let done = 0;
      const reads = Array.from({ length: 6 }, () => client.read('v1', 'ConfigMap', 'default', 'absent').then(() => done++));
      expect(await client.readLease('default', 'no-lease')).toBeUndefined();
      // The six reads need ~2.5 s of tokens at 2 QPS; the Lease read did not queue behind them.
      expect(done).toBeLessThan(6);
      await Promise.all(reads);
      expect(done).toBe(6);
    } finally {
      client.close();
    }
  });

  it('resends a read refused with 429 after each Retry-After, up to readRetries; a write fails with retryAfterSeconds and is not resent', async () => {
    const sleeps: number[] = [];
    const client = new KubeClient(kubeConfigFor(server, 'throttled'), { sleep: async (ms) => void sleeps.push(ms) });
    try {
      await client.create(cm('first'));
      // A priority level with no seats left for this client: everything it sends is refused.
      server.limitRequests({ perClientQps: 0, retryAfterSeconds: 2, clients: ['throttled'] });
      const reads = () => server.requests.list({ verb: 'get', resource: 'configmaps', name: 'first' });
      const read = await client.read('v1', 'ConfigMap', 'default', 'first').catch((e: unknown) => e);
      expect(read).toMatchObject({ code: 429, reason: 'TooManyRequests', retryAfterSeconds: 2 });
      expect(reads().map((r) => r.code)).toEqual(Array(11).fill(429));
      expect(sleeps).toEqual(Array(10).fill(2000));

      const write = await client.apply(cm('second')).catch((e: unknown) => e);
      expect(write).toBeInstanceOf(KubeApiError);
      expect(write).toMatchObject({ code: 429, retryAfterSeconds: 2 });
      expect(server.requests.list({ verb: 'patch', resource: 'configmaps', name: 'second' }).map((r) => r.code)).toEqual([429]);
      expect(sleeps).toHaveLength(10);

      server.limitRequests(undefined);
      expect(await client.read('v1', 'ConfigMap', 'default', 'first')).toMatchObject({ metadata: { name: 'first' } });
    } finally {
      server.limitRequests(undefined);
      client.close();
    }
  });
});
