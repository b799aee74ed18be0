import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './kit/config.ts';
import { createLogger } from './kit/logger.ts';
import { createRuntime, migrate, serve } from './runtime.ts';
import { ALL_SERVICES, selectServices } from './registry.ts';
import { seed } from './seed.ts';

const HELP = `academy — TrendTactics Academy, one program for every role

Usage:
  academy serve [--services=all|gateway|auth,users,...] [--migrate] [--seed]
                       run the API (all services by default); with an embedded
                       database (no DATABASE_URL) migrations run automatically
  academy migrate      apply schema migrations to the control database and every shard
  academy seed         create the demo tenant, its admin and demo content
  academy operator     run the Kubernetes operator
  academy shards move|status|pause|abort
                       move logical shards between clusters online (academy shards --help)
  academy --help       this text

Configuration comes from the environment (see README.md): PORT, DATABASE_URL, REDIS_URL,
SHARD_MAP, SEED_ADMIN_PASSWORD, LOG_LEVEL, ...`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { help: { type: 'boolean', short: 'h' }, services: { type: 'string' }, migrate: { type: 'boolean' }, seed: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  if (command === 'operator') {
    // Loaded only for this role, so API processes never import the Kubernetes client.
    const operator = (await import(new URL('../operator/main.ts', import.meta.url).href)) as { runOperator(argv: string[]): Promise<number> };
    return operator.runOperator(argv.slice(1));
  }
  if (command === 'shards') {
    const shards = await import('./shards/cli.ts');
    return shards.runShards(argv.slice(1));
  }
  if (!['serve', 'migrate', 'seed'].includes(command)) {
    console.error(`academy: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`academy: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const servicesArg = (values.services as string | undefined) ?? config.SERVICES;
  try {
    selectServices(servicesArg, config.SERVICE_URLS);
  } catch (err) {
    console.error(`academy: ${(err as Error).message}`);
    return 2;
  }
  const runtime = await createRuntime(config, logger);
  const { ctx } = runtime;

  if (command === 'migrate') {
    const { applied } = await migrate(ctx);
    console.log(applied.length ? `applied ${applied.length} migrations` : 'already up to date');
    await runtime.close();
    return 0;
  }
  if (command === 'seed') {
    await migrate(ctx);
    await seed(ctx, ALL_SERVICES);
    await runtime.close();
    return 0;
  }

  // serve
  if (values.migrate || !config.DATABASE_URL) await migrate(ctx);
  if (values.seed) await seed(ctx, ALL_SERVICES);
  const serving = await serve(runtime, servicesArg);
  console.log(`academy listening on http://localhost:${serving.port}`);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: draining connections');
    // Draining is bounded by SHUTDOWN_GRACE_MS and every close after it by its own timeout; this
    // is the last word should anything still hang (a dependency that never answers).
    setTimeout(() => {
      logger.error({ graceMs: config.SHUTDOWN_GRACE_MS }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + 5000).unref();
    serving.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(`academy: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
