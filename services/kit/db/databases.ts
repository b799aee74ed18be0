import knexFactory, { type Knex } from 'knex';
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { ForeignIdError, isShardedId, shardOfId } from './ids.ts';
import { ReplicaSet } from './replicas.ts';
import { guardTransactions } from './transaction-guard.ts';
import { expandEnv, ownerTable, type ShardMap } from './shard-map.ts';

// Counts come back as strings from `count(*)`; bigints stay strings to avoid silent precision loss,
// but int8 columns we use are counters well under 2^53. Set per pool (not pg's process-global
// parsers), so other pg users in the process are not affected.
const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) };

export interface ClusterHandle {
  readonly name: string;
  readonly primary: Knex;
  /** A pool for reads that may lag: each use picks the next replica that is up and within the lag bound (else the primary). */
  readonly replica: Knex;
  readonly replicas: ReplicaSet;
  readonly shards: number[];
}

/** Replay delay beyond which a replica is skipped, when the map declares none. */
export const DEFAULT_MAX_REPLICA_LAG_MS = 5000;

export interface DatabasesOptions {
  controlUrl: string;
  controlReplicaUrls?: string[];
  shardMap: ShardMap;
  poolMax: number;
  /**
   * Fail at once when code asks for a connection while its async context holds a transaction
   * (transaction-guard.ts). On with the embedded database, whose pool has one connection, and in
   * tests on real Postgres.
   */
  strictTransactions?: boolean;
  env?: Record<string, string | undefined>;
  /** How often replicas are checked (up, replay delay). @default 1000 */
  replicaCheckMs?: number;
}

/**
 * The shard router: the control database, and per physical cluster a primary pool and a replica
 * pool. One pool per distinct URL, so a map that puts everything on one database (local, PGlite)
 * uses one pool.
 */
export class Databases {
  readonly control: Knex;
  /** Reads of the control database that may lag (catalog, directory listings). */
  readonly controlRead: Knex;
  private pools = new Map<string, Knex>();
  private clusterHandles: ClusterHandle[] = [];
  private owners!: Uint16Array;
  private map!: ShardMap;
  private replicaTimer?: NodeJS.Timeout;

  constructor(private readonly opts: DatabasesOptions) {
    this.control = this.pool(opts.controlUrl);
    const replicas = opts.controlReplicaUrls ?? [];
    this.controlRead = replicas.length ? this.pool(replicas[0]) : this.control;
    this.reload(opts.shardMap);
  }

  get shardMap(): ShardMap {
    return this.map;
  }

  /** Swaps in a new shard map (the operator's ConfigMap changed); pools for kept URLs are reused. */
  reload(map: ShardMap): void {
    const env = this.opts.env ?? process.env;
    this.map = map;
    this.owners = ownerTable(map);
    this.clusterHandles = map.clusters.map((c) => {
      const primary = this.pool(expandEnv(c.primary, env));
      // Health reports name the URL as the map spells it: placeholders, never the secrets.
      const replicas = new ReplicaSet(primary, c.replicas.map((url) => ({ url, knex: this.pool(expandEnv(url, env)) })), { maxLagMs: c.maxReplicaLagMs ?? DEFAULT_MAX_REPLICA_LAG_MS });
      const shards = c.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
      return { name: c.name, primary, replicas, shards, get replica() { return replicas.pick(); } };
    });
    clearInterval(this.replicaTimer);
    if (this.clusterHandles.some((c) => c.replicas.status.length)) {
      this.replicaTimer = setInterval(() => void this.checkReplicas(), this.opts.replicaCheckMs ?? 1000).unref();
    }
  }

  /** Checks every cluster's replicas now (the timer does this every `replicaCheckMs`). */
  async checkReplicas(): Promise<void> {
    await Promise.all(this.clusterHandles.map((c) => c.replicas.check()));
  }

  /** A logical shard for a new learner: uniform, so load spreads over every cluster. */
  pickShard(): number {
    return randomInt(this.map.logicalShards);
  }

  /**
   * The cluster owning a logical shard. A shard outside the current map can only come from an id
   * we never minted under this map (a forged certificate code or refresh token): ForeignIdError,
   * which the API answers with 404.
   */
  cluster(logicalShard: number): ClusterHandle {
    if (!Number.isInteger(logicalShard) || logicalShard < 0 || logicalShard >= this.map.logicalShards) {
      throw new ForeignIdError(`logical shard ${logicalShard} is outside the shard map (0..${this.map.logicalShards - 1})`);
    }
    return this.clusterHandles[this.owners[logicalShard]];
  }

  /** True when `id` is a UUIDv7 naming a logical shard of the current map: the one check of an id from outside. */
  owns(id: string): boolean {
    return isShardedId(id) && shardOfId(id) < this.map.logicalShards;
  }

  /** The primary holding the record with this id: a user's own reads after a write go here. */
  primaryFor(id: string): Knex {
    return this.cluster(shardOfId(id)).primary;
  }

  /** A replica holding this id's shard, for reads that may lag. */
  replicaFor(id: string): Knex {
    return this.cluster(shardOfId(id)).replica;
  }

  /** Every physical cluster once (fan-out reads, migrations). Distinct primaries only. */
  clusters(): ClusterHandle[] {
    const seen = new Set<Knex>();
    return this.clusterHandles.filter((c) => (seen.has(c.primary) ? false : (seen.add(c.primary), true)));
  }

  /** Every distinct primary pool, the control database first. */
  primaries(): Knex[] {
    return [...new Set([this.control, ...this.clusterHandles.map((c) => c.primary)])];
  }

  async ping(): Promise<void> {
    await Promise.all(this.primaries().map((k) => k.raw('select 1')));
  }

  async close(): Promise<void> {
    clearInterval(this.replicaTimer);
    await Promise.all([...this.pools.values()].map((k) => k.destroy()));
    this.pools.clear();
  }

  private pool(url: string): Knex {
    let k = this.pools.get(url);
    if (!k) {
      k = knexFactory({
        client: 'pg',
        connection: { connectionString: url, types } as Knex.PgConnectionConfig,
        pool: { min: 0, max: this.opts.poolMax, idleTimeoutMillis: 30_000 },
        acquireConnectionTimeout: 10_000,
      });
      if (this.opts.strictTransactions) guardTransactions(k);
      this.pools.set(url, k);
    }
    return k;
  }
}
