import knexLib, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases } from '../../tests/support/databases.ts';
import { migrateShardDatabase } from '../kit/db/migrate.ts';
import { newId } from '../kit/db/ids.ts';
import { shardMigrations } from './cli.ts';
import { shardedTables } from './tables.ts';
import { ensureStateTables, createMove } from './state.ts';
import { freeze, installCapture } from './capture.ts';

// The outbox's rows are the cluster's, under random ids: were it moved, ~1 in 1,000 of the events
// written by learners *outside* a moving range would fall inside it and be refused in the freeze.
describe('the tables a shard move takes (real Postgres)', () => {
  let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
  let db: Knex;
  beforeAll(async () => {
    dbs = await createTestDatabases(1, 'tables');
    db = knexLib({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 2 } });
    await migrateShardDatabase(db, shardMigrations());
  });
  afterAll(async () => {
    await db?.destroy();
    await dbs?.drop();
  });

  it('are every learner table, keyed by user_id or a shard-naming id, and not the outbox', async () => {
    const tables = await shardedTables(db, shardMigrations());
    const names = tables.map((t) => t.name);
    expect(names).toContain('lesson_progress');
    expect(names).toContain('users');
    expect(names).not.toContain('outbox');
    for (const t of tables) expect(['user_id', 'id'], t.name).toContain(t.shardKey);
    expect(tables.find((t) => t.name === 'users')?.shardKey).toBe('id');
  });

  it('an event whose random id falls inside a frozen range is written; a learner row of that range is refused', async () => {
    await ensureStateTables(db);
    const tables = await shardedTables(db, shardMigrations());
    const move = await createMove(db, { id: 'mv-tables-test', rangeFrom: 4, rangeTo: 7, source: 'a', target: 'b', tables });
    await installCapture(db, move);
    await freeze(db, move, 60_000);
    // Characters 16-18 of the id are what a shard expression reads: '005' is logical shard 5.
    const eventId = '0f0e0d0c-0b0a-4005-8000-000000000000';
    await db('outbox').insert({ id: eventId, type: 'lesson.completed', tenant_id: newId(0), payload: '{}' });
    expect(await db('outbox').where({ id: eventId }).first()).toBeTruthy();
    const inRange = newId(5);
    await expect(db('users').insert({ id: inRange, tenant_id: newId(0), email: 'x@example.com', name: 'X', password_hash: 'x' })).rejects.toMatchObject({ code: 'AS503' });
  });
});
