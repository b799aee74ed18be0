import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import knex, { type Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabases } from '../../tests/support/databases.ts';
import { REDIS_URL } from '../../tests/support/env.ts';
import { RedisKeyValue } from './redis/index.ts';
import { TenantDirectory } from './tenancy.ts';
import type { AppError } from './errors.ts';

/**
 * The per-IP budget of tenant look-ups is charged once per database query, not once per request:
 * requests that join a look-up already in flight cost nothing. Without that, a burst of requests
 * for one name arriving just as its cached miss runs out spends the client's whole minute at once,
 * and every later request of the minute is refused although the answer was known.
 */
let dbs: Awaited<ReturnType<typeof createTestDatabases>>;
let db: Knex;
let kv: RedisKeyValue;
let queries = 0;
beforeAll(async () => {
  dbs = await createTestDatabases(1, 'tenancy');
  db = knex({ client: 'pg', connection: dbs.urls[0], pool: { min: 0, max: 4 } });
  await db.schema.createTable('tenants', (t) => {
    t.uuid('id').primary();
    t.text('slug').notNullable().unique();
    t.text('name').notNullable();
    t.specificType('domains', 'text[]').notNullable().defaultTo('{}');
    t.text('plan').notNullable().defaultTo('free');
    t.text('status').notNullable().defaultTo('active');
  });
  await db('tenants').insert({ id: randomUUID(), slug: 'known', name: 'Known' });
  db.on('query', (q: { sql: string }) => void (/from "tenants"/.test(q.sql) && queries++));
  kv = new RedisKeyValue(REDIS_URL, `test:tenancy:${randomUUID().slice(0, 8)}:`);
});
afterAll(async () => {
  await kv?.close();
  await db?.destroy();
  await dbs?.drop();
});

async function burst(directory: TenantDirectory, slug: string, n: number) {
  return Promise.allSettled(Array.from({ length: n }, () => directory.bySlugOrNull(slug, '203.0.113.7')));
}

describe('TenantDirectory look-up budget', () => {
  it('charges a burst that joins one query once, also each time the cached miss runs out', async () => {
    const directory = new TenantDirectory(db, kv, 'known', { missTtlMs: 80, lookupsPerMinutePerIp: 3 });
    const before = queries;
    for (let round = 0; round < 3; round++) {
      const answers = await burst(directory, 'ghost', 40);
      const refused = answers.filter((a) => a.status === 'rejected');
      expect(refused).toEqual([]);
      expect(answers.every((a) => a.status === 'fulfilled' && a.value === null)).toBe(true);
      await sleep(120); // the miss expires: the next burst needs a new query
    }
    expect(queries - before).toBe(3);

    // The budget (3 queries) is now spent: a fourth query is refused with 429 and Retry-After...
    const refused = await burst(directory, 'ghost', 5);
    const reasons = refused.map((a) => (a.status === 'rejected' ? (a.reason as AppError) : undefined));
    expect(reasons.every((r) => r?.status === 429 && r.code === 'rate_limited')).toBe(true);
    expect(queries - before).toBe(3);
    // ...while a known academy, cached or not, is unaffected by another client's budget.
    expect((await directory.bySlugOrNull('known', '198.51.100.1'))?.slug).toBe('known');
  });
});
