/**
 * ShardSet -> a CloudNativePG `Cluster` per physical cluster (engine cloudnative-pg) and the
 * shard-map ConfigMap; engine external renders only the shard map.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { ConfigMap } from 'cdk8s-plus-28';
import type { ComputeResources, PhysicalCluster, ShardSet } from '../../crds/index.ts';
import { MANAGED_BY, SHARDSET_LABEL, ownerReferences, type Owner } from './labels.ts';
import { SHARD_MAP_KEY, cnpgClusterName, shardMapConfigMapName, shardMapFor, shardMapJson, type ShardMap } from './shard-map.ts';
import { withPublishedOwnership } from './shard-move.ts';

export interface ShardSetChartProps {
  /** The ShardSet as stored (defaults applied: see `withDefaults` in crds/index.ts). */
  readonly shardSet: ShardSet;
  /**
   * Owner of every rendered object, so deleting the ShardSet deletes them.
   * @default no ownerReferences (synth output)
   */
  readonly owner?: Owner;
  /**
   * The shard map published so far: who owns which logical shards until a move's cut-over
   * (operator/constructs/shard-move.ts). Connection details still come from the spec.
   * @default the spec's ranges (nothing published yet)
   */
  readonly published?: ShardMap;
}

function shardSetLabels(shardSetName: string, component: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'academy',
    'app.kubernetes.io/instance': shardSetName,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    [SHARDSET_LABEL]: shardSetName,
  };
}

function resourceRequirements(resources: ComputeResources): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (resources.requests && Object.keys(resources.requests).length > 0) out.requests = { ...resources.requests };
  if (resources.limits && Object.keys(resources.limits).length > 0) out.limits = { ...resources.limits };
  return out;
}

/** The spec of the CloudNativePG Cluster for one physical cluster. */
export function cnpgClusterSpec(shardSet: ShardSet, cluster: PhysicalCluster): Record<string, unknown> {
  const { postgres } = shardSet.spec;
  const instances = 1 + cluster.replicas;
  return {
    instances,
    ...(postgres.imageName ? { imageName: postgres.imageName } : {}),
    primaryUpdateStrategy: 'unsupervised',
    bootstrap: { initdb: { database: postgres.database, owner: postgres.owner } },
    storage: { size: cluster.storage.size, ...(cluster.storage.storageClass ? { storageClass: cluster.storage.storageClass } : {}) },
    resources: resourceRequirements(cluster.resources),
    affinity: {
      // Keep instances in the cluster's region, and spread them over its zones so one zone's loss
      // leaves a replica for CloudNativePG to promote.
      ...(cluster.region ? { nodeSelector: { 'topology.kubernetes.io/region': cluster.region } } : {}),
      enablePodAntiAffinity: instances > 1,
      topologyKey: 'topology.kubernetes.io/zone',
      podAntiAffinityType: 'preferred',
    },
    inheritedMetadata: { labels: { [SHARDSET_LABEL]: shardSet.metadata.name as string } },
  };
}

/** One chart per ShardSet: its PostgreSQL clusters and its shard map. */
export class ShardSetChart extends Chart {
  /** The shard map the ConfigMap carries; pass it to the TenantCharts of tenants on this set. */
  public readonly shardMap: ShardMap;

  constructor(scope: Construct, id: string, props: ShardSetChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { shardSet, owner } = props;
    this.shardMap = props.published ? withPublishedOwnership(shardMapFor(shardSet), props.published) : shardMapFor(shardSet);
    const name = shardSet.metadata.name as string;
    const namespace = shardSet.metadata.namespace as string;

    if (shardSet.spec.engine === 'cloudnative-pg') {
      for (const cluster of shardSet.spec.clusters) {
        new ApiObject(this, `cluster-${cluster.name}`, {
          apiVersion: 'postgresql.cnpg.io/v1',
          kind: 'Cluster',
          metadata: {
            name: cnpgClusterName(name, cluster.name),
            namespace,
            labels: { ...shardSetLabels(name, 'database'), 'academy.trendtactics.io/shard-range': `${cluster.shards.from}-${cluster.shards.to}` },
            ...ownerReferences(owner),
          },
          spec: cnpgClusterSpec(shardSet, cluster),
        });
      }
    }

    new ConfigMap(this, 'shard-map', {
      metadata: { name: shardMapConfigMapName(name), namespace, labels: shardSetLabels(name, 'shard-map'), ...ownerReferences(owner) },
      data: { [SHARD_MAP_KEY]: shardMapJson(this.shardMap) },
    });
  }
}

export type { KubeManifest } from './manifest.ts';
import type { KubeManifest } from './manifest.ts';

/** Renders a ShardSet to the objects to apply (pure: same input, same objects). */
export function renderShardSet(props: ShardSetChartProps): { manifests: KubeManifest[]; shardMap: ShardMap } {
  const chart = new ShardSetChart(new App(), 'shardset', props);
  return { manifests: chart.toJson() as KubeManifest[], shardMap: chart.shardMap };
}
