import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { POSTGRES_URL } from './env.ts';

/** Creates throwaway databases on the machine's real PostgreSQL; `drop()` removes them. */
export async function createTestDatabases(count: number, label = 't'): Promise<{ urls: string[]; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  const names = Array.from({ length: count }, (_, i) => `academy_${label}_${randomUUID().slice(0, 8)}_${i}`);
  for (const n of names) await admin.query(`create database "${n}"`);
  await admin.end();
  const urls = names.map((n) => {
    const u = new URL(POSTGRES_URL);
    u.pathname = `/${n}`;
    return u.toString();
  });
  return {
    urls,
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      for (const n of names) await c.query(`drop database if exists "${n}" with (force)`);
      await c.end();
    },
  };
}
