/**
 * The operator's configuration, read once from the environment (the Helm chart's Deployment sets
 * WATCH_NAMESPACE, POD_NAMESPACE, POD_NAME, LEADER_ELECTION, METRICS_PORT, OPERATOR_IMAGE). A bad
 * value stops start-up with a message naming the variable.
 */
import { hostname } from 'node:os';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const seconds = z.coerce.number().positive();

export const OperatorConfigSchema = z.object({
  /** Only ShardSets and Courses of this namespace; empty: all namespaces (Tenants are cluster-scoped). */
  WATCH_NAMESPACE: z.string().default(''),
  /** The operator's own namespace: its Lease lives there. */
  POD_NAMESPACE: z.string().min(1).default('academy-system'),
  /** This replica's identity in the Lease. @default the host name */
  POD_NAME: z.string().min(1).default(hostname()),
  /**
   * Lease leader election. @default on in a cluster (KUBERNETES_SERVICE_HOST set, as in every
   * pod; the Helm chart also sets it), off for a local run (`KUBECONFIG=... academy operator`),
   * where one process runs and the Lease namespace usually does not exist.
   */
  LEADER_ELECTION: bool.optional(),
  /** Name of the leader-election Lease. */
  LEASE_NAME: z.string().min(1).default('academy-operator'),
  LEASE_DURATION_SECONDS: seconds.default(15),
  /** How often the leader renews (well under the lease duration). */
  LEASE_RENEW_SECONDS: seconds.default(5),
  /** How often a waiting replica tries to take the Lease. */
  LEASE_RETRY_SECONDS: seconds.default(2),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  METRICS_HOST: z.string().default('0.0.0.0'),
  /** Image of a Tenant whose spec.image is empty (the operator's own image). */
  OPERATOR_IMAGE: z.string().optional(),
  /** Redis the tenants' services share; unset: in-process adapters. */
  TENANT_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  INGRESS_CONTROLLER_NAMESPACE: z.string().default('ingress-nginx'),
  MONITORING_NAMESPACE: z.string().optional(),
  /**
   * Where a tenant's courses service answers; `{tenant}` is replaced by the Tenant's name.
   * The operator PUTs `/api/v1/internal/courses/<slug>` there.
   */
  COURSES_URL_TEMPLATE: z.string().regex(/^https?:\/\//, 'must be an http(s) URL').default('http://gateway.academy-{tenant}.svc.cluster.local:8080'),
  /**
   * Where a TenantPool's academy answers; `{pool}` is replaced by the pool's name. The operator
   * PUTs and DELETEs `/api/v1/internal/tenants/<tenant>` there (pooled Tenants' rows), and
   * publishes pooled Tenants' Courses there.
   */
  POOL_URL_TEMPLATE: z.string().regex(/^https?:\/\//, 'must be an http(s) URL').default('http://gateway.academy-pool-{pool}.svc.cluster.local:8080'),
  /** Timeout of one publish call (and of one call to a pool's academy). */
  COURSES_TIMEOUT_SECONDS: seconds.default(10),
  /** Period of the resync that compares every object with what it should be (no writes when equal). */
  RESYNC_SECONDS: seconds.default(300),
  /** Period of the full relist that guards against watches that stall silently. */
  RELIST_SECONDS: seconds.default(600),
  /** How often an object not yet Ready is looked at again even without events. */
  PROGRESS_REQUEUE_SECONDS: seconds.default(30),
  /**
   * Client-side limit of the operator's requests to the API server (token bucket, every request:
   * reads, writes, watches, Lease renewals), as controller-runtime's defaults. 0: no limit.
   */
  OPERATOR_QPS: z.coerce.number().min(0).default(20),
  /** Requests that may leave at once after a quiet period. */
  OPERATOR_BURST: z.coerce.number().int().min(1).default(30),
  /** Reconciles in flight at once (never two for one object). */
  WORKERS: z.coerce.number().int().min(1).max(256).default(16),
  /** First retry delay after an error; doubles up to BACKOFF_MAX_SECONDS, ±20% jitter. */
  BACKOFF_BASE_SECONDS: seconds.default(0.5),
  BACKOFF_MAX_SECONDS: seconds.default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_SECONDS: seconds.default(20),
});

export type OperatorConfig = Omit<z.infer<typeof OperatorConfigSchema>, 'LEADER_ELECTION'> & { LEADER_ELECTION: boolean };

/** Whether the process runs in a pod: the kubelet sets KUBERNETES_SERVICE_HOST in every container (client-go's InClusterConfig reads it too). */
export function runsInCluster(env: Record<string, string | undefined>): boolean {
  return Boolean(env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT);
}

export class OperatorConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid operator configuration:\n  ${issues.join('\n  ')}`);
  }
}

/** Parses the environment (empty values count as unset); throws naming each bad variable. */
export function loadOperatorConfig(env: Record<string, string | undefined> = process.env): OperatorConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = OperatorConfigSchema.safeParse(cleaned);
  if (!parsed.success) throw new OperatorConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  if (parsed.data.LEASE_RENEW_SECONDS >= parsed.data.LEASE_DURATION_SECONDS) {
    throw new OperatorConfigError([`LEASE_RENEW_SECONDS (${parsed.data.LEASE_RENEW_SECONDS}) must be less than LEASE_DURATION_SECONDS (${parsed.data.LEASE_DURATION_SECONDS})`]);
  }
  return { ...parsed.data, LEADER_ELECTION: parsed.data.LEADER_ELECTION ?? runsInCluster(cleaned) };
}

/** The base URL of `pool`'s academy. */
export function poolUrl(config: Pick<OperatorConfig, 'POOL_URL_TEMPLATE'>, pool: string): string {
  return config.POOL_URL_TEMPLATE.replaceAll('{pool}', pool).replace(/\/+$/, '');
}

/** The base URL of `tenant`'s courses service. */
export function coursesUrl(config: Pick<OperatorConfig, 'COURSES_URL_TEMPLATE'>, tenant: string): string {
  return config.COURSES_URL_TEMPLATE.replaceAll('{tenant}', tenant).replace(/\/+$/, '');
}
