/**
 * A shard move declared in a ShardSet, against the test API server and real PostgreSQL: the spec
 * gives a range to another cluster, the operator starts a Job owned by the ShardSet, the test plays
 * the kubelet and runs the Job's command, the status walks through the phases, and the shard-map
 * ConfigMap changes only at the cut-over.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { KubeTestServer } from '../kube/server.ts';
import type { KubeObject } from '../kube/types.ts';
import type { RunningOperator } from '../../operator/manager.ts';
import { MOVE_CUT_OVER_ANNOTATION } from '../../operator/constructs/index.ts';
import { runMoveJob } from '../../operator/shard-move-job.ts';
import { migrateShardDatabase } from '../../services/kit/db/migrate.ts';
import { Databases } from '../../services/kit/db/databases.ts';
import { shardMigrations } from '../../services/shards/cli.ts';
import { createTestDatabases } from '../support/databases.ts';
import { academy, condition, kubeApi, kubeConfigFor, ready, startCluster, startTestOperator, waitFor } from './harness.ts';

let server: KubeTestServer;
let operator: RunningOperator;
let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
const TENANT = '01a00000-0000-7000-8000-000000000001';
const path = '/apis/academy.trendtactics.io/v1alpha1/namespaces/academy/shardsets/moving';
const cluster = (name: string, from: number, to: number) => ({ name, shards: { from, to }, external: { primaryUrlSecretRef: { name, key: 'url' } } });
const shardMapJson = () => (server.objects.get('v1', 'ConfigMap', 'academy', 'moving-shard-map')!.data as Record<string, string>)['shard-map.json'];
const ranges = (json: string) => Object.fromEntries((JSON.parse(json) as { clusters: { name: string; ranges: number[][] }[] }).clusters.map((c) => [c.name, c.ranges]));
const rowsIn = async (url: string, from: number, to: number) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(`select count(*)::int as n from users where ('x' || substr(id::text, 16, 3))::bit(12)::int between $1 and $2`, [from, to]);
  await c.end();
  return rows[0].n as number;
};

beforeAll(async () => {
  dbs = await createTestDatabases(2, 'opmove');
  for (const url of dbs.urls) {
    const one = new Databases({ controlUrl: url, poolMax: 1, shardMap: { logicalShards: 1, clusters: [{ name: 'x', primary: url, replicas: [], ranges: [[0, 0]] }] } });
    await migrateShardDatabase(one.control, shardMigrations());
    await one.close();
  }
  // 400 learners over the 8 logical shards, all on pg-a.
  const a = new pg.Client({ connectionString: dbs.urls[0] });
  await a.connect();
  await a.query(`insert into users (id, tenant_id, email, name, password_hash)
    select overlay(gen_random_uuid()::text placing '7' || lpad(to_hex(g % 6), 3, '0') from 15 for 4)::uuid, $1, 'l' || g || '@example.com', 'L', 'x' from generate_series(1, 400) g`, [TENANT]);
  await a.end();
  server = await startCluster();
  operator = await startTestOperator(server);
  await operator.leading;
  for (const [i, name] of ['pg-a', 'pg-b'].entries()) server.objects.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'academy' }, stringData: { url: dbs.urls[i] } } as KubeObject);
  server.objects.create({
    apiVersion: 'academy.trendtactics.io/v1alpha1',
    kind: 'ShardSet',
    metadata: { name: 'moving', namespace: 'academy' },
    spec: { logicalShards: 8, engine: 'external', clusters: [cluster('pg-a', 0, 5), cluster('pg-b', 6, 7)] },
  } as KubeObject);
  await waitFor('ShardSet Ready', () => ready(academy(server, 'ShardSet', 'academy', 'moving')));
}, 60_000);
afterAll(async () => {
  await operator?.stop();
  await server?.close();
  await dbs?.drop();
});

describe('a shard move declared in the ShardSet', () => {
  it('runs as a Job owned by the ShardSet; the status walks the phases; the map changes only at cut-over', async () => {
    const before = shardMapJson();
    expect(ranges(before)).toEqual({ 'pg-a': [[0, 5]], 'pg-b': [[6, 7]] });
    // The edit, with kubectl when the machine has one (as an operator of the platform would).
    const patch = { spec: { clusters: [cluster('pg-a', 0, 3), cluster('pg-b', 4, 7)] } };
    const kubectlPath = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
    if (kubectlPath) {
      const dir = await mkdtemp(join(tmpdir(), 'academy-kubectl-'));
      try {
        await server.writeKubeconfig(join(dir, 'kubeconfig'));
        await promisify(execFile)(kubectlPath, ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), '-n', 'academy', 'patch', 'shardset', 'moving', '--type', 'merge', '-p', JSON.stringify(patch)], { timeout: 20_000 });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } else {
      expect((await kubeApi(server, 'PATCH', path, patch, 'application/merge-patch+json')).status).toBe(200);
    }

    const job = await waitFor('the move Job', () => server.objects.list('batch/v1', 'Job', 'academy').find((j) => j.metadata.name?.startsWith('moving-move-4-5-')));
    expect(job.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ShardSet', name: 'moving', controller: true })]);
    await waitFor('move pending in status', () => (academy(server, 'ShardSet', 'academy', 'moving')!.status as any).moves?.[0]?.phase === 'pending');
    expect(condition(academy(server, 'ShardSet', 'academy', 'moving'), 'Moving')).toMatchObject({ status: 'True' });
    expect(shardMapJson()).toBe(before);

    // The kubelet's part: the container's environment, Secrets resolved, then its command.
    const container = (job.spec as any).template.spec.containers[0];
    expect(container.args).toEqual(['shards', 'move-job']);
    const env: Record<string, string> = {};
    for (const e of container.env) {
      if (e.value !== undefined) env[e.name] = e.value;
      else env[e.name] = (server.objects.get('v1', 'Secret', 'academy', e.valueFrom.secretKeyRef.name)!.data as Record<string, string>)[e.valueFrom.secretKeyRef.key];
    }
    for (const k of Object.keys(env)) if (k.startsWith('ACADEMY_DB_')) env[k] = Buffer.from(env[k], 'base64').toString('utf8');
    // A short grace period and a slow copy, so each phase lasts long enough to be seen in the status.
    Object.assign(env, { MOVE_GRACE_SECONDS: '3', MOVE_BATCH_ROWS: '10', MOVE_THROTTLE_MS: '150' });

    const seen: string[] = [];
    let mapChangedBeforeCutOver = false;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const phase = (academy(server, 'ShardSet', 'academy', 'moving')!.status as any).moves?.[0]?.phase;
        if (phase && seen[seen.length - 1] !== phase) seen.push(phase);
        const live = server.objects.get('batch/v1', 'Job', 'academy', job.metadata.name as string)!;
        if (!live.metadata.annotations?.[MOVE_CUT_OVER_ANNOTATION] && shardMapJson() !== before) mapChangedBeforeCutOver = true;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    expect(await runMoveJob(env, shardMigrations(), kubeConfigFor(server))).toBe(0);
    // The Job succeeded (the kubelet reports it).
    const done = server.objects.get('batch/v1', 'Job', 'academy', job.metadata.name as string)!;
    server.objects.upsert({ ...done, status: { succeeded: 1 } });
    await waitFor('move done in status', () => (academy(server, 'ShardSet', 'academy', 'moving')!.status as any).moves?.[0]?.phase === 'done', 10_000);
    watching = false;
    await watcher;

    expect(mapChangedBeforeCutOver).toBe(false);
    expect(ranges(shardMapJson())).toEqual({ 'pg-a': [[0, 3]], 'pg-b': [[4, 7]] });
    expect(seen[0]).toBe('pending');
    expect(seen).toContain('copy');
    expect(seen).toContain('clean-up');
    const status = academy(server, 'ShardSet', 'academy', 'moving')!.status as any;
    expect(status.moves[0]).toMatchObject({ from: 4, to: 5, source: 'pg-a', target: 'pg-b', phase: 'done' });
    expect(status.moves[0].rowsCopied).toBeGreaterThan(0);
    expect(status.moves[0].freezeMs).toBeGreaterThanOrEqual(0);
    expect(condition(academy(server, 'ShardSet', 'academy', 'moving'), 'Moving')).toMatchObject({ status: 'False', reason: 'Reconciled' });
    expect(await rowsIn(dbs.urls[1], 4, 5)).toBeGreaterThan(0);
    expect(await rowsIn(dbs.urls[0], 4, 5)).toBe(0);
    console.log(`operator move 4-5 pg-a -> pg-b: status phases ${seen.join(' > ')}; freeze ${status.moves[0].freezeMs} ms`);
  });
});
