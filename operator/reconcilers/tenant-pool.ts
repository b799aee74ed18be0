/**
 * TenantPool: resolve its ShardSet, keep its signing keys and service token, apply the workloads
 * `renderPool` gives (the same constructs as a dedicated Tenant's, once for every pooled Tenant)
 * into `academy-pool-<name>`, and report its services, its tenants and the places left.
 *
 * Pooled Tenants are admitted here (`poolMembers`): the Tenant controller asks for a place before
 * it writes the tenant's row, and gives it back on deletion or promotion.
 *
 * Deletion waits for its Tenants (the finalizer POOL_FINALIZER, as `kubernetes.io/pvc-protection`
 * keeps a claim pods use): while pooled Tenants are members the pool stays, serving them and
 * admitting no one, and says so (`TenantsRemaining=True`, reason `TenantsRemain`, an Event). Once
 * the last is deleted, promoted or moved, the finalizer goes and garbage collection removes its
 * namespace and workloads (owner references), as it always did.
 */
import { REASONS, withDefaults, type TenantPool, type TenantPoolStatus } from '../../crds/index.ts';
import { generateTenantKeys, ownerOf, poolNamespace, poolTenantName, renderPool, withCurrentSigningKey } from '../constructs/index.ts';
import type { Controller } from '../controller.ts';
import type { KubeObject } from '../kube/types.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { readTenantKeys, storedParts, updateStatus, type StatusOf } from './common.ts';
import { renderInputs, renderPrerequisites } from './shardset.ts';
import { WORKLOAD_KINDS, ensureRendered, observeServices, type Renders } from './workloads.ts';

/** Held by a TenantPool while pooled Tenants are its members: its deletion waits for them. */
export const POOL_FINALIZER = 'academy.trendtactics.io/pool-protection';

type TenantStatusLike = { status?: { pool?: string; isolation?: string } };

/** The pooled Tenants the pool `pool` serves (built from the Tenant cache once, then kept by admissions and releases). */
export function poolMembers(ctx: ReconcileContext, pool: string): Set<string> {
  let members = ctx.poolMembers.get(pool);
  if (!members) {
    members = new Set(ctx.tenants.list().filter((t) => (t as TenantStatusLike).status?.pool === pool).map((t) => t.metadata.name));
    ctx.poolMembers.set(pool, members);
  }
  return members;
}

/**
 * Takes a place in `pool` for `tenant` (already a member: true). Synchronous between the check and
 * the add, so concurrent reconciles cannot admit past the capacity, nor into a pool whose deletion
 * has begun (its reconcile, which lets it go once it has no member, reads the same set).
 */
export function admit(ctx: ReconcileContext, pool: TenantPool, tenant: string): boolean {
  const members = poolMembers(ctx, pool.metadata.name as string);
  if (members.has(tenant)) return true;
  if (pool.metadata.deletionTimestamp || members.size >= pool.spec.maxTenants) return false;
  members.add(tenant);
  return true;
}

/** Gives `tenant`'s place in `pool` back, and lets the pool report it. */
export function release(ctx: ReconcileContext, pool: string, tenant: string): void {
  if (ctx.poolMembers.get(pool)?.delete(tenant)) ctx.enqueue('TenantPool', pool);
}

/** The condition a pool being deleted reports while `members` still use it. */
export function tenantsRemaining(members: ReadonlySet<string>): ConditionSpec {
  const names = [...members].sort();
  const listed = `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
  return {
    type: 'TenantsRemaining',
    status: 'True',
    reason: REASONS.TenantsRemain,
    message: `deletion waits for ${names.length} pooled Tenant${names.length === 1 ? '' : 's'} this pool still serves (${listed}): delete each, promote it (spec.isolation: dedicated) or move it to another pool (spec.poolRef)`,
  };
}

/** Sets `finalizers` on the pool (a merge patch guarded by its resourceVersion). */
function writeFinalizers(ctx: ReconcileContext, live: KubeObject, finalizers: string[]): Promise<KubeObject> {
  return ctx.pools.writeThrough(() =>
    ctx.client.patch<KubeObject>(live.apiVersion, live.kind, undefined, live.metadata.name, 'merge', {
      metadata: { finalizers, resourceVersion: live.metadata.resourceVersion },
    }),
  );
}

async function reconcilePool(ctx: ReconcileContext, name: string, renders: Renders): Promise<Outcome> {
  let live = ctx.pools.get(undefined, name);
  if (!live) {
    renders.delete(name);
    ctx.poolMembers.delete(name);
    return {};
  }
  const protectedByUs = live.metadata.finalizers?.includes(POOL_FINALIZER) ?? false;
  const deleting = Boolean(live.metadata.deletionTimestamp);
  if (deleting && (!protectedByUs || poolMembers(ctx, name).size === 0)) {
    // Nobody left (or a pool from before the finalizer): let it go; its namespace follows by garbage collection.
    if (protectedByUs) {
      const current = live;
      await writeFinalizers(ctx, current, (current.metadata.finalizers ?? []).filter((f) => f !== POOL_FINALIZER));
      ctx.log.info({ pool: name }, 'tenant pool released: no pooled Tenant left');
    }
    renders.delete(name);
    return {};
  }
  if (!protectedByUs) {
    const current = live;
    live = await writeFinalizers(ctx, current, [...(current.metadata.finalizers ?? []), POOL_FINALIZER]);
  }
  const pool = withDefaults('TenantPool', live);
  const namespace = poolNamespace(name);
  const members = poolMembers(ctx, name);
  const tenants = members.size;
  // Being deleted: it serves its Tenants on (its workloads stay until it goes), admits no one, and says what it waits for.
  const remaining = deleting ? tenantsRemaining(members) : undefined;
  if (remaining) await ctx.events.record(live, 'Warning', remaining.reason, remaining.message);
  const statusOf = live;
  const write = (parts: ConditionSpec[], fields: Partial<TenantPoolStatus>, state: SummaryState = {}) =>
    updateStatus(ctx, 'TenantPool', statusOf, {
      parts,
      fields: { namespace, tenants, capacity: remaining ? 0 : Math.max(0, pool.spec.maxTenants - tenants), ...fields },
      state,
      beside: remaining ? [remaining] : [],
    });

  if (remaining && live.metadata.finalizers?.includes('foregroundDeletion')) {
    // Foreground deletion: garbage collection is removing its workloads now; applying them again would fight it.
    await write(storedParts(live.status as StatusOf | undefined).filter((c) => c.type !== remaining.type), {});
    return {};
  }
  const ready = await renderPrerequisites(ctx, pool.spec, write);
  if ('outcome' in ready) return ready.outcome;
  const { resolved } = ready;
  const refText = `ShardSet ${pool.spec.shardSetRef.namespace}/${pool.spec.shardSetRef.name}`;
  const storedKeys = await readTenantKeys(ctx, poolTenantName(name));
  const keys = storedKeys ? withCurrentSigningKey(storedKeys) : generateTenantKeys();
  const { uid, labels, annotations } = pool.metadata;
  const invalid = await ensureRendered(ctx, renders, name, [uid, labels, annotations, pool.spec, resolved.uid, resolved.fingerprint, keys], () =>
    renderPool({
      pool,
      ...renderInputs(ctx, resolved, keys),
      owner: ownerOf(pool),
    }),
  );
  const resolvedPart: ConditionSpec = { type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText };
  if (invalid) {
    await write([resolvedPart, { type: 'ServicesAvailable', status: 'False', reason: REASONS.InvalidSpec, message: invalid }], {}, { degraded: { reason: REASONS.InvalidSpec, message: invalid } });
    return {};
  }
  const observed = observeServices(ctx, namespace);
  await write([resolvedPart, observed.available], { readyServices: observed.readyServices, services: observed.services }, observed.notReady.length ? { progressing: { reason: REASONS.Progressing, message: observed.available.message } } : {});
  return observed.notReady.length ? { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 } : {};
}

/** TenantPools: own a namespace and everything renderPool gives in it (the same kinds as a Tenant). */
export function tenantPoolController(): Controller {
  const renders: Renders = new Map();
  return {
    kind: 'TenantPool',
    namespaced: false,
    reconcile: (ctx, name) => reconcilePool(ctx, name, renders),
    owns: WORKLOAD_KINDS,
    workers: () => 2,
  };
}
