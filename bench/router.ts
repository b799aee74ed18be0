/**
 * The shard router stays flat: time to route an id to its database, and the cost of a fan-out
 * query, for 8 / 64 / 512 / 4,096 logical shards over 1 / 2 / 8 physical databases (real
 * PostgreSQL databases created for the run). `--doc` writes the "Shard router" section of
 * docs/benchmarks.md.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { Databases } from '../services/kit/db/databases.ts';
import { newId } from '../services/kit/db/ids.ts';
import { migrateShardDatabase } from '../services/kit/db/migrate.ts';
import type { ShardMap } from '../services/kit/db/shard-map.ts';
import { shardMigrations } from '../services/shards/cli.ts';
import { createTestDatabases } from '../tests/support/databases.ts';
import { machine, writeSection } from './lib.ts';

const { values } = parseArgs({ options: { doc: { type: 'boolean' }, rows: { type: 'string', default: '2500' }, fanouts: { type: 'string', default: '300' } } });
const LOGICAL = [8, 64, 512, 4096];
const PHYSICAL = [1, 2, 8];
const TENANT = '01a00000-0000-7000-8000-000000000001';

function mapOver(urls: string[], logical: number): ShardMap {
  const per = Math.ceil(logical / urls.length);
  return { logicalShards: logical, clusters: urls.map((url, i) => ({ name: `pg${i}`, primary: url, replicas: [], ranges: [[i * per, Math.min(logical, (i + 1) * per) - 1]] })) };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main() {
  const dbs = await createTestDatabases(8, 'router');
  const rows = Number(values.rows);
  try {
    // Every database holds `rows` learners of one academy: a fan-out reads the first page from each.
    for (const url of dbs.urls) {
      const one = new Databases({ controlUrl: url, poolMax: 1, shardMap: mapOver([url], 1) });
      await migrateShardDatabase(one.control, shardMigrations());
      await one.control.raw(
        `insert into users (id, tenant_id, email, name, password_hash)
         select gen_random_uuid(), ?, 'learner' || g || '@example.com', 'Learner ' || g, 'x' from generate_series(1, ?) g`,
        [TENANT, rows],
      );
      await one.control.raw('analyze users');
      await one.close();
    }
    const lines: string[] = [];
    const results: { logical: number; physical: number; lookupNs: number; fanoutP50: number; fanoutMean: number }[] = [];
    for (const physical of PHYSICAL) {
      for (const logical of LOGICAL) {
        const router = new Databases({ controlUrl: dbs.urls[0], poolMax: 4, shardMap: mapOver(dbs.urls.slice(0, physical), logical) });
        const ids = Array.from({ length: 10_000 }, (_, i) => newId(i % logical));
        // Lookup: id -> logical shard -> owning cluster's pool.
        let sink = 0;
        for (let i = 0; i < 200_000; i++) sink += router.primaryFor(ids[i % ids.length]) ? 1 : 0;
        const n = 2_000_000;
        const t0 = performance.now();
        for (let i = 0; i < n; i++) sink += router.primaryFor(ids[i % ids.length]) ? 1 : 0;
        const lookupNs = ((performance.now() - t0) * 1e6) / n;
        if (sink < 0) console.log(sink);
        // Fan-out: the first page of an academy's learners from every database, merged by id.
        const fanout = async () => {
          const pages = await Promise.all(router.clusters().map((c) => c.replica('users').where({ tenant_id: TENANT }).orderBy('id').limit(20).select('id', 'email')));
          return pages.flat().sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 20);
        };
        for (let i = 0; i < 20; i++) await fanout();
        const times: number[] = [];
        for (let i = 0; i < Number(values.fanouts); i++) {
          const s = performance.now();
          await fanout();
          times.push(performance.now() - s);
        }
        await router.close();
        const r = { logical, physical, lookupNs, fanoutP50: quantile(times, 0.5), fanoutMean: times.reduce((a, b) => a + b, 0) / times.length };
        results.push(r);
        const line = `| ${logical.toLocaleString('en')} | ${physical} | ${r.lookupNs.toFixed(0)} | ${r.fanoutP50.toFixed(2)} | ${r.fanoutMean.toFixed(2)} |`;
        lines.push(line);
        console.log(line);
      }
    }
    if (values.doc) {
      writeSection(
        'Shard router',
        `Machine: ${machine()}, load average ${loadavg()[0].toFixed(1)} when the run ended (a machine shared with other test runs: compare rows within this table only). PostgreSQL 15 on loopback, ${dbs.urls.length} databases created for the run, each holding ${rows.toLocaleString('en')} learners of one academy (the users table of the shard migrations). \`npm run bench:router -- --doc\`.
Lookup = \`Databases.primaryFor(id)\`: parse the id's logical shard, index the owner table, return the cluster's pool (2,000,000 lookups over 10,000 ids, after a warm-up). Fan-out = the first page (20) of an academy's learners read from every physical database at once and merged by id, as \`GET /users\` does; ${values.fanouts} fan-outs one after another, pool of 4 per database.

| logical shards | databases | lookup ns | fan-out p50 ms | fan-out mean ms |
| ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}

The lookup does not depend on the number of logical shards (a typed-array index) nor of databases; a fan-out queries each physical database once, whatever the number of logical shards, so its cost follows the databases (on this 2-core machine the 8 queries of an 8-database fan-out share the cores with 8 Postgres backends).`,
      );
    }
  } finally {
    await dbs.drop();
  }
}

await main();
