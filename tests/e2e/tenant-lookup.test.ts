import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

/**
 * Issue #7: the tenant is resolved from Host / X-Tenant before anything else, so an anonymous
 * client chooses what is looked up. Random names must reach the database a bounded number of
 * times per client, and must not push the known academies out of the cache.
 */
const BUDGET = 20;
let academy: TestAcademy;
let tenantQueries = 0;
beforeAll(async () => {
  academy = await startTestAcademy({ env: { TENANT_LOOKUPS_PER_MINUTE: String(BUDGET) } });
  academy.ctx.dbs.controlRead.on('query', (q: { sql: string }) => {
    if (/from "tenants"/.test(q.sql)) tenantQueries++;
  });
});
afterAll(() => academy?.stop());

describe('tenant resolution under a flood of unknown names', () => {
  it('reaches the database a bounded number of times, answers 404 then 429, and keeps known academies cached', async () => {
    const demo = academy.api.at('demo');
    expect((await demo.get('/api/v1/courses')).status).toBe(200); // demo (and this Host) are now cached
    const before = tenantQueries;

    const statuses: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => academy.api.at(`x-${randomUUID().slice(0, 12)}`).get('/api/v1/courses')));
      for (const a of answers) {
        statuses.push(a.status);
        expect(a.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    const flood = tenantQueries - before;
    expect(flood).toBeLessThanOrEqual(BUDGET);
    expect(statuses.filter((s) => s === 404).length).toBe(flood);
    expect(statuses.filter((s) => s === 429).length).toBe(300 - flood);

    // The known academy stayed cached through the flood: no query.
    const known = tenantQueries;
    const answers = await Promise.all(Array.from({ length: 50 }, () => demo.get('/api/v1/courses')));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(tenantQueries - known).toBe(0);
  });

  it('remembers an unknown name for a while: repeating it costs one query', async () => {
    const other = await startTestAcademy({ seed: false });
    try {
      let queries = 0;
      other.ctx.dbs.controlRead.on('query', (q: { sql: string }) => void (/from "tenants"/.test(q.sql) && queries++));
      const ghost = other.api.at('ghost-academy');
      const answers = await Promise.all(Array.from({ length: 20 }, () => ghost.get('/api/v1/courses')));
      expect(answers.map((a) => a.body.code)).toEqual(Array(20).fill('tenant_not_found'));
      for (let i = 0; i < 5; i++) expect((await ghost.get('/api/v1/courses')).status).toBe(404);
      // One query for the slug and one for the Host (127.0.0.1 is no academy's domain either).
      expect(queries).toBe(2);
    } finally {
      await other.stop();
    }
  });
});
