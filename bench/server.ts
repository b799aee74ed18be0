// The process under test for bench/api.ts: the academy (all services) and, in the same process
// for a fair comparison, a bare Express app with one route. Prints {"academy":port,"bare":port}.
import express from 'express';
import { loadConfig } from '../services/kit/config.ts';
import { createRuntime, migrate, serve } from '../services/runtime.ts';
import { ALL_SERVICES } from '../services/registry.ts';
import { seed } from '../services/seed.ts';

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' });
const runtime = await createRuntime(config);
await migrate(runtime.ctx);
await seed(runtime.ctx, ALL_SERVICES, () => {});
const serving = await serve(runtime, 'all', 0);

const bare = express();
bare.get('/bare', (_req, res) => void res.json({ ok: true }));
// CPU time this process has used, so the bench can report CPU per request (robust to a busy machine).
bare.get('/cpu', (_req, res) => {
  const u = process.cpuUsage();
  res.json({ micros: u.user + u.system });
});
const bareServer = bare.listen(0, '127.0.0.1', () => {
  const port = (a: unknown) => (a as { port: number }).port;
  process.stdout.write(JSON.stringify({ academy: port(serving.server.address()), bare: port(bareServer.address()) }) + '\n');
});
process.on('SIGTERM', () => {
  bareServer.close();
  serving.stop().then(() => process.exit(0));
});
