/**
 * The shard map: which physical PostgreSQL cluster owns which logical shards, and how to reach it.
 * A pure function of the ShardSet. Its JSON is the `SHARD_MAP` the services read
 * (services/kit/db/shard-map.ts: logicalShards, clusters[{name, primary, replicas, ranges}]); the
 * extra fields tell the operator where each credential lives.
 */
import type { ShardSet, PhysicalCluster } from '../../crds/index.ts';
import { envName } from './labels.ts';

/** A Secret key the operator copies into a tenant's namespace as an environment variable. */
export interface CredentialSource {
  /** Environment variable the value is exposed as; URLs in the map refer to it as `${variable}`. */
  readonly variable: string;
  readonly secret: { readonly namespace: string; readonly name: string; readonly key: string };
}

/** How a cluster is reached: a CloudNativePG cluster's services and secret, or managed-database secrets. */
export type ClusterConnection =
  | {
      readonly engine: 'cloudnative-pg';
      /** Name of the CloudNativePG Cluster. */
      readonly cluster: string;
      readonly namespace: string;
      readonly readWriteService: string;
      readonly readOnlyService: string;
      /** Secret CloudNativePG creates with the application user's credentials. */
      readonly appSecret: string;
      readonly database: string;
    }
  | {
      readonly engine: 'external';
      readonly namespace: string;
      readonly primaryUrlSecretRef: { readonly name: string; readonly key: string };
      readonly replicaUrlSecretRefs: ReadonlyArray<{ readonly name: string; readonly key: string }>;
    };

export interface ShardMapCluster {
  readonly name: string;
  readonly region?: string;
  /** Inclusive logical-shard ranges owned (one per cluster today). */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** Primary URL; `${VAR}` placeholders are filled from the environment by the services. */
  readonly primary: string;
  readonly replicas: readonly string[];
  readonly connection: ClusterConnection;
}

export interface ShardMap {
  readonly logicalShards: number;
  readonly shardSet: { readonly namespace: string; readonly name: string };
  readonly clusters: readonly ShardMapCluster[];
  /** Every `${VAR}` used above and the Secret key it comes from. */
  readonly credentials: readonly CredentialSource[];
}

/** Name of the CloudNativePG Cluster rendered for `cluster` of `shardSetName`. */
export function cnpgClusterName(shardSetName: string, clusterName: string): string {
  return `${shardSetName}-${clusterName}`;
}

/** Name of the ConfigMap holding a ShardSet's shard map. */
export function shardMapConfigMapName(shardSetName: string): string {
  return `${shardSetName}-shard-map`;
}

/** Key of the shard map JSON in the ShardSet's ConfigMap and in each tenant's ConfigMap. */
export const SHARD_MAP_KEY = 'shard-map.json';

/** Throws, naming the clusters and values, unless the ranges own every logical shard exactly once. */
export function assertShardRanges(logicalShards: number, clusters: readonly Pick<PhysicalCluster, 'name' | 'shards'>[]): void {
  if (!Number.isInteger(logicalShards) || logicalShards < 1 || logicalShards > 4096) {
    throw new Error(`logicalShards must be an integer in 1..4096, got ${logicalShards}`);
  }
  const sorted = [...clusters].sort((a, b) => a.shards.from - b.shards.from);
  let next = 0;
  for (const { name, shards } of sorted) {
    if (shards.from > shards.to) throw new Error(`cluster ${name}: shards.from ${shards.from} exceeds shards.to ${shards.to}`);
    if (shards.from < next) throw new Error(`cluster ${name}: range [${shards.from}, ${shards.to}] overlaps shard ${next - 1} of another cluster`);
    if (shards.from > next) throw new Error(`logical shards ${next}..${shards.from - 1} belong to no cluster`);
    next = shards.to + 1;
  }
  if (next !== logicalShards) {
    throw new Error(next > logicalShards
      ? `a cluster owns shard ${next - 1}, past logicalShards ${logicalShards}`
      : `logical shards ${next}..${logicalShards - 1} belong to no cluster`);
  }
}

function cnpgEntry(shardSet: ShardSet, namespace: string, cluster: PhysicalCluster): { entry: ShardMapCluster; credentials: CredentialSource[] } {
  const name = cnpgClusterName(shardSet.metadata.name as string, cluster.name);
  const prefix = `ACADEMY_DB_${envName(cluster.name)}`;
  const { database } = shardSet.spec.postgres;
  const appSecret = `${name}-app`;
  const url = (service: string): string => `postgresql://\${${prefix}_USER}:\${${prefix}_PASSWORD}@${service}.${namespace}.svc:5432/${database}`;
  return {
    entry: {
      name: cluster.name,
      ...(cluster.region ? { region: cluster.region } : {}),
      ranges: [[cluster.shards.from, cluster.shards.to]],
      primary: url(`${name}-rw`),
      replicas: cluster.replicas > 0 ? [url(`${name}-ro`)] : [],
      connection: { engine: 'cloudnative-pg', cluster: name, namespace, readWriteService: `${name}-rw`, readOnlyService: `${name}-ro`, appSecret, database },
    },
    credentials: [
      { variable: `${prefix}_USER`, secret: { namespace, name: appSecret, key: 'username' } },
      { variable: `${prefix}_PASSWORD`, secret: { namespace, name: appSecret, key: 'password' } },
    ],
  };
}

function externalEntry(namespace: string, cluster: PhysicalCluster): { entry: ShardMapCluster; credentials: CredentialSource[] } {
  if (!cluster.external) throw new Error(`cluster ${cluster.name}: engine external needs clusters[].external`);
  const prefix = `ACADEMY_DB_${envName(cluster.name)}`;
  const primary = cluster.external.primaryUrlSecretRef;
  const replicas = cluster.external.replicaUrlSecretRefs ?? [];
  const credentials: CredentialSource[] = [
    { variable: `${prefix}_PRIMARY_URL`, secret: { namespace, name: primary.name, key: primary.key } },
    ...replicas.map((ref, i) => ({ variable: `${prefix}_REPLICA_${i}_URL`, secret: { namespace, name: ref.name, key: ref.key } })),
  ];
  return {
    entry: {
      name: cluster.name,
      ...(cluster.region ? { region: cluster.region } : {}),
      ranges: [[cluster.shards.from, cluster.shards.to]],
      primary: `\${${credentials[0].variable}}`,
      replicas: credentials.slice(1).map((c) => `\${${c.variable}}`),
      connection: { engine: 'external', namespace, primaryUrlSecretRef: { ...primary }, replicaUrlSecretRefs: replicas.map((r) => ({ ...r })) },
    },
    credentials,
  };
}

/** The shard map of a (defaulted) ShardSet. Throws naming the values when it cannot be realised. */
export function shardMapFor(shardSet: ShardSet): ShardMap {
  const { name, namespace } = shardSet.metadata;
  if (!name || !namespace) throw new Error(`ShardSet ${name ?? '<unnamed>'} needs metadata.name and metadata.namespace`);
  const { logicalShards, engine, clusters } = shardSet.spec;
  assertShardRanges(logicalShards, clusters);
  const entries = clusters.map((c) => (engine === 'external' ? externalEntry(namespace, c) : cnpgEntry(shardSet, namespace, c)));
  return {
    logicalShards,
    shardSet: { namespace, name },
    clusters: entries.map((e) => e.entry),
    credentials: entries.flatMap((e) => e.credentials),
  };
}

/** The cluster owning logical shard 0: it also holds the control database (tenants, catalog, directory). */
export function controlCluster(map: ShardMap): ShardMapCluster {
  const owner = map.clusters.find((c) => c.ranges.some(([from]) => from === 0));
  if (!owner) throw new Error(`no cluster of ShardSet ${map.shardSet.name} owns logical shard 0`);
  return owner;
}

/** The shard map as the JSON the ConfigMaps carry: stable key order, so the same input gives the same bytes. */
export function shardMapJson(map: ShardMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
