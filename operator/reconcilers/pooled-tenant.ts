/**
 * A pooled Tenant: served by a TenantPool's shared workloads. What it costs the cluster and the
 * pool, each written only when it differs from what was last written:
 *   1. its row in the pool's academy: `PUT /api/v1/internal/tenants/<name>` with the pool's service
 *      token (idempotent; `status.poolRegistration` holds the hash of the row last written);
 *   2. an Ingress of its domains to the pool's gateway, in the pool's namespace (none without domains);
 *   3. its status (and, like every Tenant, its finalizer and a Ready Event).
 * No namespace, no workloads, no keys of its own: the pool's keys sign its tokens, whose audience
 * is the tenant, so a token of one pooled tenant is refused by another.
 *
 * Its data lives in the pool's ShardSet, which must be the Tenant's `spec.shardSetRef`: promoting
 * it to dedicated then moves no data (./tenant.ts), and its row is the one the dedicated academy
 * finds at start.
 */
import { createHash } from 'node:crypto';
import { REASONS, findCondition, withDefaults, type Condition, type Tenant, type TenantStatus } from '../../crds/index.ts';
import { ownerOf, pooledIngressName, pooledTenantIngress, poolNamespace, poolTenantName } from '../constructs/index.ts';
import { ensureObjects } from '../apply.ts';
import { poolUrl } from '../config.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { readTenantKeys, updateStatus } from './common.ts';
import { PoolCallError, deletePooledTenant, putPooledTenant, type PooledTenantRow } from './pool-client.ts';
import { POOL_FINALIZER, admit, poolMembers, release } from './tenant-pool.ts';

/** The pool a pooled Tenant without `spec.poolRef` joins. */
export const DEFAULT_POOL = 'default';

/** Plans whose Tenants are pooled unless `spec.isolation` says otherwise. */
export const POOLED_PLANS: ReadonlySet<string> = new Set(['free', 'starter']);

export type Placement = 'dedicated' | 'pooled' | 'demotion-refused';

/**
 * Where a Tenant is to be served: `spec.isolation`, else by plan (free, starter: pooled; pro,
 * enterprise: dedicated) — except that a Tenant that is dedicated already (its status says so, or
 * its namespace exists: a Tenant from before isolation existed) is never moved into a pool by
 * default. An explicit `pooled` for such a Tenant is refused (demotion is not supported).
 */
export function isolationOf(tenant: Tenant, status: TenantStatus | undefined, hasOwnNamespace: boolean): Placement {
  const isDedicated = status?.isolation === 'dedicated' || (status?.isolation !== 'pooled' && hasOwnNamespace);
  const wanted = tenant.spec.isolation ?? (POOLED_PLANS.has(tenant.spec.plan) && !isDedicated ? 'pooled' : 'dedicated');
  if (wanted === 'pooled' && isDedicated) return 'demotion-refused';
  return wanted;
}

/**
 * Whether a pool's workloads serve: its ServicesAvailable condition, not its Ready. A failed pool
 * reconcile (a reset connection) makes the pool Ready=False ReconcileError while its pods serve
 * on; with Ready, every Tenant of the pool would be rewritten Progressing and back (measured: 236
 * such status writes in one 10,000-Tenant run).
 */
export function poolServing(pool: KubeObject): boolean {
  return findCondition((pool.status as { conditions?: Condition[] } | undefined)?.conditions, 'ServicesAvailable')?.status === 'True';
}

export function poolOf(tenant: Tenant): string {
  return tenant.spec.poolRef?.name ?? DEFAULT_POOL;
}

/** Queue keys of the Tenants that are (or want to be) served by `pool`. */
export function pooledTenantsOf(ctx: ReconcileContext, pool: string): string[] {
  return ctx.tenants
    .list()
    .filter((t) => {
      const status = t.status as TenantStatus | undefined;
      if (status?.pool === pool) return true;
      const spec = t.spec as { isolation?: string; plan?: string; poolRef?: { name?: string } } | undefined;
      const wantsPool = spec?.isolation === 'pooled' || (spec?.isolation === undefined && POOLED_PLANS.has(spec?.plan ?? 'starter') && status?.isolation !== 'dedicated');
      return wantsPool && (spec?.poolRef?.name ?? DEFAULT_POOL) === pool;
    })
    .map((t) => t.metadata.name);
}

/** The row a pooled Tenant has in its pool's academy. */
export function pooledRow(tenant: Tenant): PooledTenantRow {
  return { name: tenant.spec.displayName, domains: [...(tenant.spec.domains ?? [])], plan: tenant.spec.plan };
}

function registrationHash(poolUid: string | undefined, tenant: string, row: PooledTenantRow): string {
  return createHash('sha256').update(JSON.stringify([poolUid, tenant, row])).digest('hex').slice(0, 32);
}

/** The pool's academy and its service token; undefined while the pool has no keys yet. */
async function poolEndpoint(ctx: ReconcileContext, pool: string): Promise<{ url: string; token: string } | undefined> {
  const token = (await readTenantKeys(ctx, poolTenantName(pool)))?.serviceToken;
  return token ? { url: poolUrl(ctx.config, pool), token } : undefined;
}

/** Where a Tenant's courses are published: its own academy, or its pool's with the pool's token. */
export async function pooledCoursesEndpoint(ctx: ReconcileContext, tenant: KubeObject): Promise<{ url: string; token: string } | undefined> {
  const status = tenant.status as TenantStatus | undefined;
  return status?.isolation === 'pooled' && status.pool ? poolEndpoint(ctx, status.pool) : undefined;
}

/**
 * On deletion: the row goes from the pool's academy, the place is given back. A pool already gone
 * has nothing to remove; one being deleted still serves (its finalizer waits for this Tenant)
 * unless it has no finalizer of ours, when its academy may be going with it.
 */
export async function releasePooled(ctx: ReconcileContext, live: KubeObject, pool: string): Promise<void> {
  const poolLive = ctx.pools.get(undefined, pool);
  if (poolLive && (!poolLive.metadata.deletionTimestamp || poolLive.metadata.finalizers?.includes(POOL_FINALIZER))) {
    const endpoint = await poolEndpoint(ctx, pool);
    if (!endpoint) throw new Error(`TenantPool ${pool} has no service token: cannot remove ${live.metadata.name}'s row yet`);
    // A failure throws: the finalizer stays and the queue retries with backoff.
    await deletePooledTenant(endpoint.url, endpoint.token, live.metadata.name, ctx.config.COURSES_TIMEOUT_SECONDS * 1000);
  }
  // Its Ingress in the pool's namespace is owned by the Tenant: garbage collection removes it.
  release(ctx, pool, live.metadata.name);
}

export async function reconcilePooled(ctx: ReconcileContext, live: KubeObject, tenant: Tenant): Promise<Outcome> {
  const name = live.metadata.name;
  const pool = poolOf(tenant);
  const previous = live.status as TenantStatus | undefined;
  const generation = live.metadata.generation;
  const refText = `ShardSet ${tenant.spec.shardSetRef.namespace}/${tenant.spec.shardSetRef.name}`;
  // Set below when its pool is being deleted: Degraded=True PoolDeleting on every status written (Ready as the rest says).
  let leaving: SummaryState = {};
  const write = (parts: ConditionSpec[], fields: Partial<TenantStatus>, state: SummaryState = {}) =>
    updateStatus(ctx, 'Tenant', live, { parts, fields: { isolation: 'pooled', ...fields }, state: { ...leaving, ...state } });
  const requeue = { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };

  // Moved to another pool: out of the old one first (its Ingress there, its place).
  if (previous?.pool && previous.pool !== pool) {
    await ctx.client.delete('networking.k8s.io/v1', 'Ingress', poolNamespace(previous.pool), pooledIngressName(name));
    release(ctx, previous.pool, name);
  }

  const poolLive = ctx.pools.get(undefined, pool);
  const poolGoing = Boolean(poolLive?.metadata.deletionTimestamp) && !poolLive?.metadata.finalizers?.includes(POOL_FINALIZER);
  if (!poolLive || poolGoing) {
    const message = `TenantPool ${pool} does not exist`;
    await write([{ type: 'Registered', status: 'False', reason: REASONS.DependencyNotFound, message }], {});
    return requeue;
  }
  if (poolLive.metadata.deletionTimestamp) {
    // Its deletion waits for its members; it admits no one new.
    if (!poolMembers(ctx, pool).has(name)) {
      const message = `TenantPool ${pool} is being deleted and admits no new Tenant: name another pool in spec.poolRef, or set spec.isolation: dedicated`;
      await write([{ type: 'Registered', status: 'False', reason: REASONS.PoolDeleting, message }], {}, { degraded: { reason: REASONS.PoolDeleting, message } });
      return requeue;
    }
    const message = `TenantPool ${pool} is being deleted and waits for its Tenants; it serves this one until it leaves: promote it (spec.isolation: dedicated), move it (spec.poolRef) or delete it`;
    leaving = { degraded: { reason: REASONS.PoolDeleting, message } };
    await ctx.events.record(live, 'Warning', REASONS.PoolDeleting, message);
  }
  const poolSpec = withDefaults('TenantPool', poolLive);
  const poolRef = poolSpec.spec.shardSetRef;
  const tenantRef = tenant.spec.shardSetRef;
  if (poolRef.name !== tenantRef.name || poolRef.namespace !== tenantRef.namespace) {
    const message = `TenantPool ${pool} keeps its data in ShardSet ${poolRef.namespace}/${poolRef.name}, but this Tenant's spec.shardSetRef is ${tenantRef.namespace}/${tenantRef.name}: a pooled Tenant's ShardSet must be its pool's`;
    await write([{ type: 'ShardSetResolved', status: 'False', reason: REASONS.InvalidSpec, message }], {}, { degraded: { reason: REASONS.InvalidSpec, message } });
    return {};
  }
  const resolvedPart: ConditionSpec = { type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText };
  if (!poolServing(poolLive)) {
    const message = `waiting for TenantPool ${pool}'s services to be available`;
    // Its place (if it has one) and its row stay: a pool that is not Ready for a while still holds them.
    await write([resolvedPart, { type: 'ServicesAvailable', status: 'False', reason: REASONS.Progressing, message }], previous?.pool === pool ? { namespace: poolNamespace(pool), pool, poolRegistration: previous.poolRegistration } : {}, { progressing: { reason: REASONS.Progressing, message } });
    return requeue;
  }
  if (!admit(ctx, poolSpec, name)) {
    const message = `TenantPool ${pool} is full (spec.maxTenants ${poolSpec.spec.maxTenants}): raise it, or name another pool in spec.poolRef`;
    await write([resolvedPart, { type: 'Registered', status: 'False', reason: REASONS.PoolFull, message }], {}, { degraded: { reason: REASONS.PoolFull, message } });
    return requeue;
  }

  // 1. The row, when it differs from the last one written.
  const row = pooledRow(tenant);
  const hash = registrationHash(poolLive.metadata.uid, name, row);
  const registered = findCondition(previous?.conditions, 'Registered');
  if (previous?.poolRegistration !== hash) {
    // Refused for good at this generation (a domain another academy serves): only a change tries again.
    if (registered?.status === 'False' && registered.reason === REASONS.RegistrationRejected && registered.observedGeneration === generation) {
      release(ctx, pool, name);
      return {};
    }
    const endpoint = await poolEndpoint(ctx, pool);
    if (!endpoint) {
      const message = `TenantPool ${pool} has no service token yet`;
      await write([resolvedPart, { type: 'Registered', status: 'False', reason: REASONS.Progressing, message }], {}, { progressing: { reason: REASONS.Progressing, message } });
      return requeue;
    }
    try {
      await putPooledTenant(endpoint.url, endpoint.token, name, row, ctx.config.COURSES_TIMEOUT_SECONDS * 1000);
    } catch (err) {
      if (!(err instanceof PoolCallError)) throw err;
      if (err.permanent) release(ctx, pool, name);
      await write([resolvedPart, { type: 'Registered', status: 'False', reason: err.reason, message: err.message }], {}, { degraded: { reason: err.reason, message: err.message } });
      return err.permanent ? {} : { backoff: true };
    }
  }

  // 2. Its domains on the pool's gateway (one Ingress of its own; removed when it has no domains).
  const ingress = pooledTenantIngress(tenant, pool, ownerOf(tenant));
  if (ingress) await ensureObjects(ctx.client, ctx.owned, [ingress], ctx.metrics.writesSkipped);
  else if (ctx.owned.get('Ingress')?.get(poolNamespace(pool), pooledIngressName(name))) {
    await ctx.client.delete('networking.k8s.io/v1', 'Ingress', poolNamespace(pool), pooledIngressName(name));
  }

  // 3. Its status: Ready at once when the pool is (the pool's services are its services).
  const joined = previous?.pool !== pool;
  await write(
    [
      resolvedPart,
      { type: 'ServicesAvailable', status: 'True', reason: REASONS.Reconciled, message: `served by TenantPool ${pool}` },
      { type: 'Registered', status: 'True', reason: REASONS.Reconciled, message: `a row in TenantPool ${pool}'s academy` },
    ],
    { namespace: poolNamespace(pool), pool, poolRegistration: hash },
  );
  if (joined) ctx.enqueue('TenantPool', pool);
  return {};
}
