// The process under test for bench/api.ts: the academy (all services) and, in the same process
// for a fair comparison, a bare Express app with one route. Prints {"academy":port,"bare":port}.
import { startBareRoute } from './bare-route.ts';
import { loadConfig } from '../services/kit/config.ts';
import { createRuntime, migrate, serve } from '../services/runtime.ts';
import { ALL_SERVICES } from '../services/registry.ts';
import { seed } from '../services/seed.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const runtime = await createRuntime(config);
await migrate(runtime.ctx);
await seed(runtime.ctx, ALL_SERVICES, () => {});
const serving = await serve(runtime, 'all', 0);

const bare = await startBareRoute();
process.stdout.write(JSON.stringify({ academy: serving.port, bare: bare.port }) + '\n');
process.on('SIGTERM', () => {
  bare.server.close();
  serving.stop().then(() => process.exit(0));
});
