import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { parseShardMap } from '../../services/kit/db/shard-map.ts';
import { demoShardSet, externalShardSet } from './fixtures.ts';
import { ShardSetChart, renderShardSet } from './shardset-chart.ts';
import { validateBuiltin } from './kube-schemas.ts';

const synth = (shardSet = demoShardSet(), owner?: Parameters<typeof renderShardSet>[0]['owner']) =>
  Testing.synth(new ShardSetChart(Testing.app(), 'test', { shardSet, owner })) as any[];

describe('ShardSetChart (engine cloudnative-pg)', () => {
  it('renders one CloudNativePG Cluster per physical cluster, primary + replicas, in its region', () => {
    // GIVEN the demo ShardSet (pg-a: 1 replica in eu-west-1, pg-b: 2 replicas in eu-central-1)
    // WHEN it is synthesized
    const objects = synth();
    // THEN there is a postgresql.cnpg.io/v1 Cluster for each, named <shardset>-<cluster>
    const clusters = objects.filter((o) => o.kind === 'Cluster');
    expect(clusters.map((c) => [c.apiVersion, c.metadata.name, c.metadata.namespace, c.spec.instances])).toEqual([
      ['postgresql.cnpg.io/v1', 'demo-pg-a', 'academy', 2],
      ['postgresql.cnpg.io/v1', 'demo-pg-b', 'academy', 3],
    ]);
    expect(clusters[0].spec.storage).toEqual({ size: '20Gi', storageClass: 'standard' });
    expect(clusters[1].spec.storage).toEqual({ size: '20Gi' });
    expect(clusters[0].spec.resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } });
    expect(clusters[0].spec.affinity).toMatchObject({
      nodeSelector: { 'topology.kubernetes.io/region': 'eu-west-1' },
      enablePodAntiAffinity: true,
      topologyKey: 'topology.kubernetes.io/zone',
    });
    expect(clusters[0].spec.bootstrap).toEqual({ initdb: { database: 'academy', owner: 'academy' } });
  });

  it('publishes a shard map ConfigMap the services accept, with -rw/-ro services and the -app secret', () => {
    const configMap = synth().find((o) => o.kind === 'ConfigMap');
    expect(configMap.metadata).toMatchObject({ name: 'demo-shard-map', namespace: 'academy' });
    const json = configMap.data['shard-map.json'];
    // The contract: services/kit/db/shard-map.ts parses what the operator publishes.
    const parsed = parseShardMap(json);
    expect(parsed.logicalShards).toBe(4096);
    expect(parsed.clusters.map((c) => [c.name, c.ranges])).toEqual([
      ['pg-a', [[0, 2047]]],
      ['pg-b', [[2048, 4095]]],
    ]);
    const map = JSON.parse(json);
    expect(map.clusters[0].primary).toBe('postgresql://${ACADEMY_DB_PG_A_USER}:${ACADEMY_DB_PG_A_PASSWORD}@demo-pg-a-rw.academy.svc:5432/academy');
    expect(map.clusters[0].replicas).toEqual(['postgresql://${ACADEMY_DB_PG_A_USER}:${ACADEMY_DB_PG_A_PASSWORD}@demo-pg-a-ro.academy.svc:5432/academy']);
    expect(map.clusters[1].connection).toMatchObject({ engine: 'cloudnative-pg', readWriteService: 'demo-pg-b-rw', readOnlyService: 'demo-pg-b-ro', appSecret: 'demo-pg-b-app' });
    expect(map.credentials).toContainEqual({ variable: 'ACADEMY_DB_PG_B_PASSWORD', secret: { namespace: 'academy', name: 'demo-pg-b-app', key: 'password' } });
  });

  it('a cluster without replicas has no replica URL', () => {
    const shardSet = demoShardSet();
    shardSet.spec.clusters[0].replicas = 0;
    const { shardMap, manifests } = renderShardSet({ shardSet });
    expect(shardMap.clusters[0].replicas).toEqual([]);
    expect(manifests.find((m) => m.metadata.name === 'demo-pg-a')?.spec).toMatchObject({ instances: 1, affinity: { enablePodAntiAffinity: false } });
  });

  it('sets the owner as controller on every object when one is given', () => {
    const owner = { apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'ShardSet', name: 'demo', uid: 'uid-1' };
    for (const object of synth(demoShardSet(), owner)) {
      expect(object.metadata.ownerReferences).toEqual([{ ...owner, controller: true, blockOwnerDeletion: true }]);
    }
  });

  it('refuses shard ranges that overlap or leave a gap, naming the clusters and shards', () => {
    const overlap = demoShardSet();
    overlap.spec.clusters[1].shards.from = 2000;
    expect(() => synth(overlap)).toThrow('cluster pg-b: range [2000, 4095] overlaps shard 2047 of another cluster');
    const gap = demoShardSet();
    gap.spec.clusters[1].shards.from = 2100;
    expect(() => synth(gap)).toThrow('logical shards 2048..2099 belong to no cluster');
    const short = demoShardSet();
    short.spec.clusters[1].shards.to = 4000;
    expect(() => synth(short)).toThrow('logical shards 4001..4095 belong to no cluster');
  });

  it('renders objects the Kubernetes schemas accept', () => {
    for (const object of synth().filter((o) => o.apiVersion === 'v1')) expect(() => validateBuiltin(object)).not.toThrow();
  });
});

describe('ShardSetChart (engine external)', () => {
  it('renders only the shard map, whose URLs come from the referenced secrets', () => {
    // GIVEN a ShardSet of managed databases  WHEN synthesized
    const objects = synth(externalShardSet());
    // THEN no CloudNativePG Cluster, one ConfigMap
    expect(objects.map((o) => o.kind)).toEqual(['ConfigMap']);
    const map = JSON.parse(objects[0].data['shard-map.json']);
    expect(map.clusters[0]).toMatchObject({
      name: 'primary-1',
      primary: '${ACADEMY_DB_PRIMARY_1_PRIMARY_URL}',
      replicas: ['${ACADEMY_DB_PRIMARY_1_REPLICA_0_URL}'],
      ranges: [[0, 1023]],
    });
    expect(map.credentials).toEqual([
      { variable: 'ACADEMY_DB_PRIMARY_1_PRIMARY_URL', secret: { namespace: 'academy', name: 'managed-pg-1', key: 'primary-url' } },
      { variable: 'ACADEMY_DB_PRIMARY_1_REPLICA_0_URL', secret: { namespace: 'academy', name: 'managed-pg-1', key: 'replica-url' } },
      { variable: 'ACADEMY_DB_PRIMARY_2_PRIMARY_URL', secret: { namespace: 'academy', name: 'managed-pg-2', key: 'url' } },
    ]);
    expect(parseShardMap(objects[0].data['shard-map.json']).clusters).toHaveLength(2);
  });

  it('refuses an external cluster without secret refs', () => {
    const shardSet = externalShardSet();
    delete shardSet.spec.clusters[0].external;
    expect(() => synth(shardSet)).toThrow('cluster primary-1: engine external needs clusters[].external');
  });
});
