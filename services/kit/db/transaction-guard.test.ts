import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import knexFactory, { type Knex } from 'knex';
import { createTestDatabases } from '../../../tests/support/databases.ts';
import { guardTransactions, holdsTransaction, SecondConnectionError } from './transaction-guard.ts';

describe('transaction guard (real Postgres)', () => {
  let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
  let guarded: Knex;
  let other: Knex;
  beforeAll(async () => {
    dbs = await createTestDatabases(1, 'guard');
    guarded = guardTransactions(knexFactory({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 2 } }));
    other = guardTransactions(knexFactory({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 2 } }));
    await guarded.raw('create table t (id int primary key)');
  });
  afterAll(async () => {
    await guarded.destroy();
    await other.destroy();
    await dbs.drop();
  });

  it('lets the transaction use its own connection, nested savepoints included', async () => {
    await guarded.transaction(async (trx) => {
      expect(holdsTransaction()).toBe(true);
      await trx('t').insert({ id: 1 });
      await trx.transaction(async (inner) => inner('t').insert({ id: 2 }));
    });
    expect(holdsTransaction()).toBe(false);
    expect((await guarded('t').count('* as n'))[0]).toEqual({ n: '2' });
  });

  it('refuses a second connection from the same pool or another one while a transaction is held, and rolls back', async () => {
    await expect(guarded.transaction(async (trx) => {
      await trx('t').insert({ id: 3 });
      await guarded('t').select(); // would wait for the pool's timeout with one connection
    })).rejects.toBeInstanceOf(SecondConnectionError);
    await expect(guarded.transaction(async () => other.raw('select 1'))).rejects.toBeInstanceOf(SecondConnectionError);
    expect(await guarded('t').where({ id: 3 })).toEqual([]);
  });

  it('lets work the transaction left running use the pool once the transaction is over', async () => {
    let later!: Promise<unknown>;
    await guarded.transaction(async () => {
      later = new Promise((r) => setTimeout(r, 20)).then(() => guarded.raw('select 1'));
    });
    await expect(later).resolves.toBeDefined();
  });
});
