import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Config } from './config.ts';
import type { Databases } from './db/databases.ts';
import type { MigrationSet } from './db/migrate.ts';
import type { KeyRing } from './keyring.ts';
import type { Instances } from './instances.ts';
import type { Role } from './auth.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import type { KeyValue } from './redis/index.ts';
import type { Queues } from './queue/port.ts';
import type { Outbox } from './outbox/outbox.ts';
import type { Consumes } from './outbox/events.ts';
import type { RouteBook } from './routes.ts';
import type { TenantDirectory } from './tenancy.ts';

/** Everything a service gets from the kit; built once per process. */
export interface ServiceContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly dbs: Databases;
  readonly kv: KeyValue;
  /** Job queues: BullMQ on Redis, in-process without REDIS_URL (kit/queue). */
  readonly queues: Queues;
  /** `ctx.outbox.emit(trx, event)`: an event written in the change's transaction (kit/outbox). */
  readonly outbox: Outbox;
  readonly keys: KeyRing;
  readonly tenants: TenantDirectory;
  readonly metrics: Metrics;
  readonly openapi: OpenAPIRegistry;
  /** Objects the services of this process share, made on first use (kit/instances.ts). */
  readonly instances: Instances;
  /** The roles a user holds now (not the ones their token was issued with): what routes authorize by. */
  readonly currentRoles: (tenantId: string, userId: string) => Role[] | Promise<Role[]>;
}

/**
 * A service: one descriptor in its folder's index.ts — its name, URL prefixes under /api/v1, its
 * migrations, its routes and background work. The registry (services/registry.ts) lists them;
 * everything that names services (the --services flag, the operator's workloads, the Tenant
 * CRD's per-service scaling) derives from that list (crds/generated/services.json).
 */
export interface ServiceModule {
  /** Lower-case, a DNS label: it names the service's Deployment and Service in a cluster. */
  readonly name: string;
  /** First path segments it answers under /api/v1 (`/auth`), so a gateway can route to it. */
  readonly prefixes: string[];
  /**
   * Keeps files in flight under DATA_DIR when storage is `fs` (unfinished resumable uploads): a
   * cluster gives its pods a writable volume there, sized for them. @default false
   */
  readonly stagesUploads?: boolean;
  /**
   * Reads or writes the storage port (STORAGE_DRIVER, S3_*): a cluster gives only these pods the
   * bucket's credentials. @default false
   */
  readonly usesStorage?: boolean;
  readonly migrations?: MigrationSet;
  /** Declares the routes on the book (same schemas validate and document them). */
  routes(book: RouteBook, ctx: ServiceContext): void;
  /**
   * Events it handles, by type (kit/outbox/events.ts). The runtime runs them on the service's
   * queue where the service runs; every process's outbox drainer knows them from the registry.
   * Delivery is at least once: a handler is effect-once per `event.id`.
   */
  readonly consumes?: Consumes<ServiceContext>;
  /** Background work (subscriptions, queue workers); returns a stop function. */
  start?(ctx: ServiceContext): Promise<() => Promise<void>>;
  /** Demo data for `academy seed`. */
  seed?(ctx: ServiceContext, demo: { tenantId: string; adminId: string }): Promise<void>;
}
