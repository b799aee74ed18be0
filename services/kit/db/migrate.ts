import type { Knex } from 'knex';
import type { Databases } from './databases.ts';

/** One schema change. Names are unique across services: prefix them with the service (`users_001_users`). */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down?(knex: Knex): Promise<void>;
  /**
   * Shard tables this migration makes whose rows belong to the cluster, not to a learner (the
   * outbox: events written and drained there, under random ids that name no logical shard): a
   * shard move leaves them where they are (services/shards/tables.ts).
   */
  clusterTables?: readonly string[];
}

export interface MigrationSet {
  /** Tables of the control database: tenants, catalog, user directory. */
  control?: Migration[];
  /** Tables of every user shard: data owned by a learner. */
  shard?: Migration[];
}

class ListSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly list: Migration[]) {}
  async getMigrations() {
    // Given order: the kit's first, then each service's in registry order (a later service may
    // reference an earlier one's tables); never sorted across services.
    return this.list;
  }
  getMigrationName(m: Migration) {
    return m.name;
  }
  async getMigration(m: Migration) {
    return { up: m.up, down: m.down ?? (async () => {}) };
  }
}

/** Applies the shard migrations to one cluster (a shard move's target before it receives rows). */
export async function migrateShardDatabase(knex: Knex, shard: Migration[]): Promise<string[]> {
  if (!shard.length) return [];
  const [, names] = (await knex.migrate.latest({ migrationSource: new ListSource(shard), tableName: 'knex_migrations_shard' })) as [number, string[]];
  return names;
}

/**
 * Applies control migrations to the control database and shard migrations to every physical
 * cluster's primary. Each scope has its own bookkeeping table, so a database that is both
 * control and shard (local) gets both sets once.
 */
export async function migrateAll(dbs: Databases, sets: MigrationSet[]): Promise<{ applied: string[] }> {
  const control = sets.flatMap((s) => s.control ?? []);
  const shard = sets.flatMap((s) => s.shard ?? []);
  const applied: string[] = [];
  const run = async (knex: Knex, list: Migration[], tableName: string) => {
    if (!list.length) return;
    const [, names] = (await knex.migrate.latest({ migrationSource: new ListSource(list), tableName })) as [number, string[]];
    applied.push(...names);
  };
  await run(dbs.control, control, 'knex_migrations_control');
  for (const c of dbs.clusters()) applied.push(...(await migrateShardDatabase(c.primary, shard)));
  return { applied };
}
