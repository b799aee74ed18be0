/**
 * The pool's academy for `npm run bench:operator -- --pooled`: a real academy (fresh PostgreSQL
 * databases, Redis) with the pool's service token (SERVICE_TOKEN), serving the operator's
 * `PUT /api/v1/internal/tenants/<slug>`. Prints `listening on <url>`; stops on SIGTERM.
 */
import { startTestAcademy } from '../tests/support/academy.ts';

const site = await startTestAcademy({ env: { SERVICE_TOKEN: process.env.SERVICE_TOKEN ?? '', DEFAULT_TENANT: 'pool-bench', TENANT_NAME: 'Bench pool', LOG_LEVEL: 'warn' }, seed: false });
const rows = async () => Number((await site.ctx.dbs.control('tenants').count({ n: '*' }).first())?.n ?? 0);
console.log(`listening on ${site.url}`);
// `rows` on stdin: answers the number of academies (the pool's own included).
process.stdin.on('data', async () => console.log(`rows ${await rows()}`));
process.once('SIGTERM', async () => {
  await site.stop();
  process.exit(0);
});
