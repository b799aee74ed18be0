import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../services/kit/config.ts';
import { createLogger } from '../../services/kit/logger.ts';
import { createRuntime, type Runtime } from '../../services/runtime.ts';
import { createTestDatabases } from '../support/databases.ts';

const dir = mkdtempSync(join(tmpdir(), 'academy-shardmap-'));
let runtime: Runtime | undefined;
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await runtime?.close();
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('shard map from a mounted ConfigMap file', () => {
  it('is reloaded without a restart when the file changes, and a bad new map is refused', async () => {
    const dbs = await createTestDatabases(2, 'map');
    drop = dbs.drop;
    const file = join(dir, 'shard-map.json');
    const one = { logicalShards: 8, clusters: [{ name: 'a', primary: dbs.urls[0], replicas: [], ranges: [[0, 7]] }] };
    const two = {
      logicalShards: 8,
      clusters: [
        { name: 'a', primary: dbs.urls[0], replicas: [], ranges: [[0, 3]] },
        { name: 'b', primary: dbs.urls[1], replicas: [], ranges: [[4, 7]] },
      ],
    };
    writeFileSync(file, JSON.stringify(one));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: dbs.urls[0], SHARD_MAP: file });
    const logs: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb()) });
    runtime = await createRuntime(config, createLogger('info', sink));
    const { dbs: router } = runtime.ctx;
    expect(router.clusters().map((c) => c.name)).toEqual(['a']);

    writeFileSync(file, JSON.stringify(two));
    await expect.poll(() => router.clusters().map((c) => c.name), { timeout: 15_000, interval: 250 }).toEqual(['a', 'b']);
    expect(router.cluster(5).name).toBe('b');
    expect((await router.cluster(5).primary.raw('select current_database() as db')).rows[0].db).toBe(new URL(dbs.urls[1]).pathname.slice(1));

    // A map with a gap is refused (and logged); the old one stays.
    writeFileSync(file, JSON.stringify({ ...two, clusters: [two.clusters[0]] }));
    await expect.poll(() => logs.join(''), { timeout: 15_000, interval: 250 }).toMatch(/new shard map refused/);
    expect(logs.join('')).toMatch(/logical shard 4 has no cluster/);
    expect(router.clusters().map((c) => c.name)).toEqual(['a', 'b']);
  });
});
