/**
 * TenantPool: resolve its ShardSet, keep its signing keys and service token, apply the workloads
 * `renderPool` gives (the same constructs as a dedicated Tenant's, once for every pooled Tenant)
 * into `academy-pool-<name>`, and report its services, its tenants and the places left.
 *
 * Pooled Tenants are admitted here (`poolMembers`): the Tenant controller asks for a place before
 * it writes the tenant's row, and gives it back on deletion or promotion. Deleting a pool deletes
 * its namespace (owner references); its Tenants then say the pool does not exist.
 */
import { REASONS, withDefaults, type TenantPool, type TenantPoolStatus } from '../../crds/index.ts';
import { generateTenantKeys, ownerOf, poolNamespace, poolTenantName, renderPool, withCurrentSigningKey } from '../constructs/index.ts';
import type { Controller } from '../controller.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { readTenantKeys, updateStatus } from './common.ts';
import { renderInputs, renderPrerequisites } from './shardset.ts';
import { WORKLOAD_KINDS, ensureRendered, observeServices, type Renders } from './workloads.ts';

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
 * the add, so concurrent reconciles cannot admit past the capacity.
 */
export function admit(ctx: ReconcileContext, pool: TenantPool, tenant: string): boolean {
  const members = poolMembers(ctx, pool.metadata.name as string);
  if (members.has(tenant)) return true;
  if (members.size >= pool.spec.maxTenants) return false;
  members.add(tenant);
  return true;
}

/** Gives `tenant`'s place in `pool` back, and lets the pool report it. */
export function release(ctx: ReconcileContext, pool: string, tenant: string): void {
  if (ctx.poolMembers.get(pool)?.delete(tenant)) ctx.enqueue('TenantPool', pool);
}

async function reconcilePool(ctx: ReconcileContext, name: string, renders: Renders): Promise<Outcome> {
  const live = ctx.pools.get(undefined, name);
  if (!live || live.metadata.deletionTimestamp) {
    renders.delete(name);
    return {};
  }
  const pool = withDefaults('TenantPool', live);
  const namespace = poolNamespace(name);
  const tenants = poolMembers(ctx, name).size;
  const write = (parts: ConditionSpec[], fields: Partial<TenantPoolStatus>, state: SummaryState = {}) =>
    updateStatus(ctx, 'TenantPool', live, { parts, fields: { namespace, tenants, capacity: Math.max(0, pool.spec.maxTenants - tenants), ...fields }, state });

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
