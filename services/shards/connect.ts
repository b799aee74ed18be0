import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { expandEnv, type ShardMap } from '../kit/db/shard-map.ts';

/**
 * The mover's own connections to one cluster: small pools, UTC sessions (so a row prints the same
 * JSON on both sides for the checksums), short connect timeouts so a cluster that is down fails
 * the move at once, with its name.
 */
export function connectCluster(map: ShardMap, name: string, env: Record<string, string | undefined> = process.env): { url: string; knex: Knex } {
  const cluster = map.clusters.find((c) => c.name === name);
  if (!cluster) throw new Error(`cluster ${name} is not in the shard map (known: ${map.clusters.map((c) => c.name).join(', ')})`);
  const url = expandEnv(cluster.primary, env);
  const knex = knexFactory({
    client: 'pg',
    connection: { connectionString: url, connectionTimeoutMillis: 5000 } as never,
    pool: {
      min: 0,
      max: 3,
      afterCreate: (conn: pg.Client, done: (err: Error | null, conn: pg.Client) => void) => {
        conn.query(`set time zone 'UTC'`).then(() => done(null, conn), (err: Error) => done(err, conn));
      },
    },
    acquireConnectionTimeout: 8000,
    // A cluster that is down is reported once, by the caller, with its name: not by the pool on the console.
    log: { warn() {}, error() {}, deprecate() {}, debug() {} },
  });
  return { url, knex };
}

/** Runs `fn` against a cluster; a failure to connect names the cluster. */
export async function reachable(knex: Knex, name: string): Promise<void> {
  try {
    await knex.raw('select 1');
  } catch (err) {
    throw new Error(`cluster ${name} is unreachable: ${(err as Error).message || (err as { code?: string }).code || String(err)}`);
  }
}

/**
 * A session-level advisory lock held on a connection of its own for as long as a mover works on
 * a move: a second mover (or `abort` while one runs) sees it taken. A killed mover's connection
 * drops, and the lock with it.
 */
export async function tryRunnerLock(url: string, moveId: string): Promise<{ release(): Promise<void> } | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  const { rows } = await client.query(`select pg_try_advisory_lock(hashtext($1)) as ok`, [`academy-mover:${moveId}`]);
  if (!rows[0].ok) {
    await client.end();
    return undefined;
  }
  return { release: () => client.end() };
}
