import knexLib, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases } from '../../tests/support/databases.ts';
import { migrateShardDatabase } from '../kit/db/migrate.ts';
import { newId } from '../kit/db/ids.ts';
import { shardMigrations } from '../shards/cli.ts';
import { groupByRow, HeartbeatWriter, type Heartbeat } from './heartbeat-writer.ts';

const hb = (over: Partial<Heartbeat>): Heartbeat => ({ tenantId: 't', userId: 'u', lessonId: 'l', courseId: 'c', positionSeconds: 0, clientTs: 0, completed: false, ...over });
const pending = (h: Heartbeat) => ({ hb: h, resolve: () => {}, reject: () => {} });

describe('groupByRow', () => {
  it('merges heartbeats for one row: newest position, completed if any completed', () => {
    const groups = groupByRow([
      pending(hb({ positionSeconds: 30, clientTs: 3 })),
      pending(hb({ positionSeconds: 95, clientTs: 1, completed: true })),
      pending(hb({ positionSeconds: 20, clientTs: 2 })),
      pending(hb({ lessonId: 'other', positionSeconds: 5, clientTs: 9 })),
    ]);
    expect(groups.size).toBe(2);
    const g = groups.get('u/l')!;
    expect(g.items).toHaveLength(3);
    expect(g.merged).toMatchObject({ positionSeconds: 30, clientTs: 3, completed: true });
    expect(groups.get('u/other')!.merged).toMatchObject({ positionSeconds: 5, completed: false });
  });
});

describe('HeartbeatWriter on real Postgres: which batches are a transaction with their events', () => {
  let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
  let db: Knex;
  const sql: string[] = [];
  const events: { started: boolean; justCompleted: boolean; firstToday: boolean }[][] = [];
  const ids = { tenantId: newId(0), userId: newId(0), lessonId: newId(0), courseId: newId(0) };
  beforeAll(async () => {
    dbs = await createTestDatabases(1, 'hbw');
    db = knexLib({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 2 } });
    await migrateShardDatabase(db, shardMigrations());
    await db('enrollments').insert({ id: newId(0), tenant_id: ids.tenantId, user_id: ids.userId, course_id: ids.courseId, enrolled_by: ids.userId });
    db.on('query', (q: { sql: string }) => sql.push(q.sql.trim().toUpperCase()));
  });
  afterAll(async () => {
    await db?.destroy();
    await dbs?.drop();
  });
  const writer = new HeartbeatWriter(1, async (_trx, written) => void events.push(written.map((w) => ({ started: w.started, justCompleted: w.justCompleted, firstToday: w.firstToday }))));
  let clock = Date.now();
  const send = (completed: boolean) => writer.write(db, { ...ids, positionSeconds: completed ? 95 : 10, clientTs: ++clock, completed });
  const begins = () => sql.filter((s) => s.startsWith('BEGIN')).length;

  it('a new row, then its completion, are each a transaction with their events; heartbeats past completion are one statement, no event', async () => {
    await send(false);
    expect(begins()).toBe(1);
    expect(events.at(-1)).toEqual([{ started: true, justCompleted: false, firstToday: false }]);
    await send(false);
    expect(begins()).toBe(1);
    const completing = await send(true);
    expect(completing).toMatchObject({ kind: 'stored', justCompleted: true });
    expect(begins()).toBe(2);
    expect(events.at(-1)).toEqual([{ started: false, justCompleted: true, firstToday: false }]);
    const before = events.length;
    for (let i = 0; i < 3; i++) expect(await send(true)).toMatchObject({ kind: 'stored', justCompleted: false, applied: true });
    expect(begins()).toBe(2);
    expect(events.length).toBe(before);
  });

  it('sends the upsert as a named statement: prepared once on a connection, executed again from there', async () => {
    const one = knexLib({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 1 } });
    try {
      const w = new HeartbeatWriter(1);
      for (let i = 0; i < 3; i++) expect(await w.write(one, { ...ids, positionSeconds: 20 + i, clientTs: ++clock, completed: false })).toMatchObject({ kind: 'stored', applied: true });
      // The pool's one connection: the statement it prepared, and how often PostgreSQL ran it.
      const { rows } = await one.raw('select name, generic_plans + custom_plans as runs from pg_prepared_statements');
      expect(rows).toEqual([{ name: 'heartbeat_upsert', runs: '3' }]);
    } finally {
      await one.destroy();
    }
  });

  it('a row made again behind its back (predicted eventless) still gets its events, in their own transaction', async () => {
    await db('lesson_progress').where({ user_id: ids.userId, lesson_id: ids.lessonId }).del();
    const b = begins();
    expect(await send(true)).toMatchObject({ kind: 'stored', justCompleted: true });
    expect(begins()).toBe(b + 1);
    expect(events.at(-1)).toEqual([{ started: true, justCompleted: true, firstToday: false }]);
  });
});
