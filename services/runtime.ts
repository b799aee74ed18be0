import { readFileSync, existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import type { Server } from 'node:http';
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Config } from './kit/config.ts';
import { createLogger, type Logger } from './kit/logger.ts';
import { createMetrics } from './kit/metrics.ts';
import { Databases } from './kit/db/databases.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './kit/db/embedded.ts';
import { migrateAll } from './kit/db/migrate.ts';
import { parseShardMap, singleDatabaseMap, type ShardMap } from './kit/db/shard-map.ts';
import { createKeyValue } from './kit/redis/index.ts';
import { createQueues } from './kit/queue/index.ts';
import { Outbox, consumeEvents, consumersOf } from './kit/outbox/index.ts';
import { KeyRing } from './kit/keyring.ts';
import { TenantDirectory } from './kit/tenancy.ts';
import { createApp } from './kit/app.ts';
import { Instances } from './kit/instances.ts';
import { answerClientError } from './kit/client-error.ts';
import { platformMigrations } from './kit/platform-migrations.ts';
import type { ServiceContext, ServiceModule } from './kit/context.ts';
import { ALL_SERVICES, selectServices } from './registry.ts';
import { ensureTenant } from './tenants.ts';
import { currentRolesFor } from './users/current-roles.ts';
import { profileCacheFor } from './users/profile-cache.ts';
import { recordServing } from './users/platform/serving.ts';
import { fileSignature, watchFileVersions } from './kit/watch-file.ts';

export interface Runtime {
  ctx: ServiceContext;
  /** Stops background work and closes pools (the HTTP server is the caller's). */
  close(): Promise<void>;
}

function readShardMap(config: Config, controlUrl: string): { map: ShardMap; file?: string; version?: string } {
  const raw = config.SHARD_MAP;
  if (!raw) return { map: singleDatabaseMap(controlUrl, config.DATABASE_REPLICA_URLS) };
  if (raw.trim().startsWith('{')) return { map: parseShardMap(raw) };
  if (!existsSync(raw)) throw new Error(`SHARD_MAP: no such file ${raw}`);
  // Taken before the read: a change made after it is seen by the watch.
  const version = fileSignature(raw);
  return { map: parseShardMap(readFileSync(raw, 'utf8')), file: raw, version };
}

/** Builds the kit context: databases (embedded when no DATABASE_URL), Redis or in-process, keys, tenants. */
export async function createRuntime(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<Runtime> {
  const kv = await connectKeyValue(config);
  let embedded: EmbeddedPostgres | undefined;
  let controlUrl = config.DATABASE_URL;
  if (!controlUrl) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR);
    controlUrl = embedded.url;
    logger.info({ dataDir: config.DATA_DIR }, 'no DATABASE_URL: using embedded PGlite');
  }
  const { map, file, version } = readShardMap(config, controlUrl);
  const dbs = new Databases({
    controlUrl,
    controlReplicaUrls: config.DATABASE_REPLICA_URLS,
    shardMap: map,
    // PGlite serves one connection at a time.
    poolMax: embedded ? 1 : config.DB_POOL_MAX,
    strictTransactions: Boolean(embedded) || config.DB_STRICT_TRANSACTIONS,
  });
  let dirWatcher: FSWatcher | undefined;
  let stopWatch: (() => void) | undefined;
  if (file) {
    // The operator's ConfigMap is mounted as a file: pick up new maps without a restart.
    let loaded = readFileSync(file, 'utf8');
    const reload = () => {
      try {
        const text = readFileSync(file, 'utf8');
        if (text === loaded) return;
        dbs.reload(parseShardMap(text));
        loaded = text;
        logger.info({ file }, 'shard map reloaded');
      } catch (err) {
        logger.error({ err, file }, 'new shard map refused; keeping the old one');
      }
    };
    // A poll of the file's signature (kit/watch-file.ts: fs.watchFile missed a change made right
    // after it started) …
    stopWatch = watchFileVersions(file, { intervalMs: 2000, since: version }, reload);
    // The poll is the fallback; a directory watch sees a rename or a ConfigMap's symlink swap at
    // once, so a shard move's cut-over reaches this process in milliseconds, not seconds.
    let timer: NodeJS.Timeout | undefined;
    try {
      dirWatcher = watch(dirname(file), () => {
        clearTimeout(timer);
        timer = setTimeout(reload, 20);
      });
      dirWatcher.on('error', () => dirWatcher?.close());
    } catch {
      dirWatcher = undefined;
    }
  }
  const keys = new KeyRing(dbs.control, {
    issuer: config.JWT_ISSUER,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    rotationDays: config.SIGNING_KEY_ROTATION_DAYS,
    staticKeys: config.JWT_SIGNING_KEYS as never,
    reloadSeconds: config.SIGNING_KEY_RELOAD_SECONDS,
    onRefreshError: (err) => logger.warn({ err }, 'signing keys could not be refreshed; the loaded keys keep serving'),
  });
  const tenants = new TenantDirectory(dbs.controlRead, kv, config.DEFAULT_TENANT, {
    ttlMs: config.CACHE_TTL_SECONDS && config.CACHE_TTL_SECONDS * 1000,
    lookupsPerMinutePerIp: config.TENANT_LOOKUPS_PER_MINUTE,
  });
  let currentRoles: ServiceContext['currentRoles'] | undefined;
  const queues = createQueues(config.REDIS_URL, config.REDIS_PREFIX, { attempts: config.QUEUE_ATTEMPTS, backoffMs: config.QUEUE_BACKOFF_MS });
  // Every consumer of the registry, whichever services run here: an event emitted in this process
  // reaches services that run elsewhere (their queues are shared through Redis).
  const outbox = new Outbox({ primaries: () => dbs.primaries(), queues, logger, consumers: consumersOf(ALL_SERVICES), pollMs: config.OUTBOX_POLL_MS });
  const ctx: ServiceContext = {
    config, logger, dbs, kv, queues, outbox, keys, tenants, metrics: createMetrics(), openapi: new OpenAPIRegistry(), instances: new Instances(),
    currentRoles: (tenantId, userId) => (currentRoles ??= currentRolesFor(ctx))(tenantId, userId),
  };
  return {
    ctx,
    async close() {
      stopWatch?.();
      dirWatcher?.close();
      keys.stop();
      await queues.close();
      await kv.close();
      await dbs.close();
      await embedded?.close();
    },
  };
}

/**
 * Redis, when configured, must answer at start-up: a wrong or unreachable REDIS_URL stops the
 * program within REDIS_CONNECT_TIMEOUT_MS with a message naming it (it used to wait silently
 * forever). Losing Redis later is survived: see docs/spine.md, "Redis down".
 */
async function connectKeyValue(config: Config) {
  const kv = createKeyValue(config.REDIS_URL, config.REDIS_PREFIX, {
    connectTimeoutMs: config.REDIS_CONNECT_TIMEOUT_MS,
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
  });
  try {
    await kv.connect(config.REDIS_CONNECT_TIMEOUT_MS);
  } catch (err) {
    await kv.close();
    const where = new URL(config.REDIS_URL!);
    where.password = '';
    where.username = '';
    throw new Error(`REDIS_URL: cannot reach Redis at ${where.host} (${(err as Error).message}); start it, fix REDIS_URL, or unset it to use in-process adapters`);
  }
  return kv;
}

/**
 * Migrates the control database and every shard; with TENANT_NAME set (a cluster deployment),
 * also makes sure this deployment's academy exists. Several pods may start at once: a migration
 * lock held by another process is waited for, not treated as a failure.
 */
export async function migrate(ctx: ServiceContext, modules: ServiceModule[] = ALL_SERVICES) {
  const sets = [platformMigrations, ...modules.flatMap((m) => (m.migrations ? [m.migrations] : []))];
  const deadline = Date.now() + 120_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await migrateAll(ctx.dbs, sets);
      const { TENANT_NAME, DEFAULT_TENANT, TENANT_DOMAINS } = ctx.config;
      if (TENANT_NAME) {
        await ensureTenant(ctx.dbs.control, { slug: DEFAULT_TENANT, name: TENANT_NAME, domains: TENANT_DOMAINS });
      }
      return result;
    } catch (err) {
      const locked = (err as Error).name === 'MigrationLocked' || /already locked/i.test((err as Error).message);
      if (!locked || Date.now() > deadline) throw err;
      ctx.logger.info({ attempt }, 'migrations are running in another process; waiting');
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
    }
  }
}

export interface Serving {
  server: Server;
  /** The port actually bound (PORT=0 picks one). */
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the chosen services (and proxies the rest to SERVICE_URLS). Returns once listening;
 * `stop()` drains connections, then closes pools.
 */
export async function serve(runtime: Runtime, servicesArg: string, port = runtime.ctx.config.PORT): Promise<Serving> {
  const { ctx } = runtime;
  const { local, remote } = selectServices(servicesArg, ctx.config.SERVICE_URLS);
  recordServing(ctx, { local: local.map((m) => m.name), remote: remote.map((r) => ({ name: r.module.name, url: r.url })) });
  await ctx.keys.start();
  // Every process authorizes by current roles (ctx.currentRoles), served from the profile cache:
  // it listens for changes whichever services run here.
  const stops = [await ctx.tenants.start(), await profileCacheFor(ctx).start()];
  for (const m of local) if (m.start) stops.push(await m.start(ctx));
  for (const m of local) if (m.consumes) stops.push(await consumeEvents(ctx.queues, m.name, m.consumes, ctx, ctx.logger));
  // After the workers: the drainer's first pass may hand them what a stopped process left.
  const stopOutbox = ctx.outbox.start();
  const app = createApp(ctx, { local, remote });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, ctx.config.HOST, () => resolve(s));
  });
  server.keepAliveTimeout = 65_000;
  server.on('clientError', answerClientError);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  ctx.logger.info({ port: actualPort, services: local.map((m) => m.name), remote: remote.map((r) => r.module.name) }, 'academy listening');
  let stopping: Promise<void> | undefined;
  return {
    server,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}`,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), ctx.config.SHUTDOWN_GRACE_MS).unref();
        });
        // The drainer first (nothing new is handed to the workers), then every worker, schedule and
        // subscription at once: each BullMQ worker may wait up to its bound for an unreachable
        // Redis, and one after another they would outlast the grace period.
        await stopOutbox();
        await Promise.allSettled(stops.map((stop) => stop()));
        await runtime.close();
      })();
      return stopping;
    },
  };
}
