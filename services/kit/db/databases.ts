import knexFactory, { type Knex } from 'knex';
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { ForeignIdError, isShardedId, shardOfId } from './ids.ts';
import { guardTransactions } from './transaction-guard.ts';
import { expandEnv, ownerTable, type ShardMap } from './shard-map.ts';

// Counts come back as strings from `count(*)`; bigints stay strings to avoid silent precision loss,
// but int8 columns we use are counters well under 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface ClusterHandle {
  readonly name: string;
  readonly primary: Knex;
  readonly replica: Knex;
  readonly shards: number[];
}

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
      const replica = c.replicas.length ? this.pool(expandEnv(c.replicas[0], env)) : primary;
      const shards = c.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
      return { name: c.name, primary, replica, shards };
    });
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
    await Promise.all([...this.pools.values()].map((k) => k.destroy()));
    this.pools.clear();
  }

  private pool(url: string): Knex {
    let k = this.pools.get(url);
    if (!k) {
      k = knexFactory({
        client: 'pg',
        connection: url,
        pool: { min: 0, max: this.opts.poolMax, idleTimeoutMillis: 30_000 },
        acquireConnectionTimeout: 10_000,
      });
      if (this.opts.strictTransactions) guardTransactions(k);
      this.pools.set(url, k);
    }
    return k;
  }
}
