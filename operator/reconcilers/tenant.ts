/**
 * Tenant: keep a finalizer (cleanup below), then serve it where its isolation says.
 *
 * Dedicated: resolve its ShardSet, keep its signing keys, apply everything `renderTenant` gives
 * (Namespace first), and report ShardSetResolved / ServicesAvailable from the Deployments.
 * Pooled (./pooled-tenant.ts): a place in its TenantPool, its row in the pool's academy and an
 * Ingress of its domains in the pool's namespace — no namespace, no workloads of its own.
 * Promotion (pooled -> dedicated): its own namespace and workloads are rendered without their
 * Ingress while the pool keeps serving it; once every service is ready its Ingress is applied and
 * the pool's is deleted (the routing switch), and it leaves the pool. Its data stays where it is:
 * a pooled Tenant's ShardSet is its pool's, so the dedicated academy finds the same rows.
 *
 * Cleanup on deletion (why the finalizer): a pooled Tenant's row is removed from its pool's
 * academy; a dedicated one's copy of the database credentials is deleted, then its Namespace,
 * and the Tenant goes only once the Namespace is gone — so a Tenant re-created under the same
 * name never meets its predecessor's terminating Namespace.
 */
import { REASONS, withDefaults, type Tenant, type TenantStatus } from '../../crds/index.ts';
import {
  TENANT_DATABASE_SECRET,
  generateTenantKeys,
  withCurrentSigningKey,
  ownerOf,
  pooledIngressName,
  poolNamespace,
  renderTenant,
  tenantNamespace,
} from '../constructs/index.ts';
import type { Controller } from '../controller.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { readTenantKeys, updateStatus } from './common.ts';
import { renderInputs, renderPrerequisites } from './shardset.ts';
import { publishPlatform } from './tenant-platform.ts';
import { WORKLOAD_KINDS, ensureRendered, observeServices, type Renders } from './workloads.ts';
import { isolationOf, poolServing, pooledTenantsOf, reconcilePooled, releasePooled } from './pooled-tenant.ts';
import { release } from './tenant-pool.ts';

export const TENANT_FINALIZER = 'academy.trendtactics.io/tenant-cleanup';

async function finalize(ctx: ReconcileContext, live: KubeObject, renders: Renders): Promise<Outcome> {
  if (!live.metadata.finalizers?.includes(TENANT_FINALIZER)) return {};
  const namespace = tenantNamespace(live.metadata.name);
  const status = live.status as TenantStatus | undefined;
  // A pooled Tenant (or one being promoted): its row goes from its pool's academy.
  if (status?.pool) await releasePooled(ctx, live, status.pool);
  // Its own namespace, unless it never had one (pooled: no calls for what cannot exist).
  if (status?.isolation !== 'pooled' || ctx.owned.get('Namespace')?.get(undefined, namespace)) {
    await ctx.client.delete('v1', 'Secret', namespace, TENANT_DATABASE_SECRET);
    const ns = await ctx.client.read('v1', 'Namespace', undefined, namespace);
    if (ns) {
      if (!ns.metadata.deletionTimestamp) await ctx.client.delete('v1', 'Namespace', undefined, namespace);
      return { requeueAfterMs: 1000 };
    }
  }
  const finalizers = live.metadata.finalizers.filter((f) => f !== TENANT_FINALIZER);
  await ctx.tenants.writeThrough(() =>
    ctx.client.patch<KubeObject>(live.apiVersion, live.kind, undefined, live.metadata.name, 'merge', {
      metadata: { finalizers, resourceVersion: live.metadata.resourceVersion },
    }),
  );
  renders.delete(live.metadata.name);
  ctx.events.forget(live.metadata.uid);
  ctx.log.info({ tenant: live.metadata.name }, 'tenant cleaned up');
  return {};
}

/** read -> desired -> apply -> observe -> status for the Tenant `name`. */
async function reconcileTenant(ctx: ReconcileContext, name: string, renders: Renders): Promise<Outcome> {
  let live = ctx.tenants.get(undefined, name);
  if (!live) {
    renders.delete(name);
    return {};
  }
  if (live.metadata.deletionTimestamp) return finalize(ctx, live, renders);
  if (!live.metadata.finalizers?.includes(TENANT_FINALIZER)) {
    const current = live;
    live = await ctx.tenants.writeThrough(() =>
      ctx.client.patch<KubeObject>(current.apiVersion, current.kind, undefined, name, 'merge', {
        metadata: { finalizers: [...(current.metadata.finalizers ?? []), TENANT_FINALIZER], resourceVersion: current.metadata.resourceVersion },
      }),
    );
  }
  const tenant = withDefaults('Tenant', live);
  const ownNamespace = Boolean(ctx.owned.get('Namespace')?.get(undefined, tenantNamespace(name)));
  const isolation = isolationOf(tenant, live.status as TenantStatus | undefined, ownNamespace);
  if (isolation === 'pooled') return reconcilePooled(ctx, live, tenant);
  return reconcileDedicated(ctx, live, tenant, renders, isolation === 'demotion-refused');
}

/** A dedicated Tenant (or one being promoted out of its pool). */
async function reconcileDedicated(ctx: ReconcileContext, live: KubeObject, tenant: Tenant, renders: Renders, demotionRefused: boolean): Promise<Outcome> {
  const name = live.metadata.name;
  const namespace = tenantNamespace(name);
  const previous = live.status as TenantStatus | undefined;
  // Being promoted: still served by its pool until its own services are ready.
  const promotingFrom = previous?.isolation === 'pooled' ? previous.pool : undefined;
  const write = async (parts: ConditionSpec[], fields: Partial<TenantStatus>, state: SummaryState = {}) => {
    const wrote = await updateStatus(ctx, 'Tenant', live, { parts, fields: { namespace, isolation: 'dedicated', ...fields }, state });
    // The pods' view of this status (once their namespace exists): Degraded shows there too.
    if (ctx.owned.get('Namespace')?.get(undefined, namespace)) await publishPlatform(ctx, tenant, namespace, (ctx.tenants.get(undefined, name)?.status ?? {}) as TenantStatus);
    return wrote;
  };
  if (demotionRefused) {
    const message = 'spec.isolation is pooled, but this Tenant is dedicated: moving a dedicated Tenant into a pool is not supported (its workloads stay as they are; set spec.isolation: dedicated)';
    await write([{ type: 'ServicesAvailable', status: 'False', reason: REASONS.InvalidSpec, message }], {}, { degraded: { reason: REASONS.InvalidSpec, message } });
    return {};
  }

  // Checked before anything else (an image, then the ShardSet): shared with the TenantPool's reconcile.
  const ready = await renderPrerequisites(ctx, tenant.spec, write, '. Set spec.image on the Tenant, or OPERATOR_IMAGE on the operator (the Helm chart sets it to its own image)');
  if ('outcome' in ready) return ready.outcome;
  const { resolved } = ready;
  const refText = `ShardSet ${tenant.spec.shardSetRef.namespace}/${tenant.spec.shardSetRef.name}`;

  // desired
  // A Secret from before ES256 gets an ES256 key in front; its Ed25519 keys keep verifying.
  const storedKeys = await readTenantKeys(ctx, name);
  const keys = storedKeys ? withCurrentSigningKey(storedKeys) : generateTenantKeys();
  const { uid, labels, annotations } = tenant.metadata;
  // A promoted Tenant's Ingress waits for its services: until then its pool's Ingress routes its domains.
  const holdIngress = Boolean(promotingFrom) && observeServices(ctx, namespace).notReady.length > 0;
  const invalid = await ensureRendered(ctx, renders, name, [uid, labels, annotations, tenant.spec, resolved.uid, resolved.fingerprint, keys, holdIngress], () =>
    renderTenant({
      tenant,
      ...renderInputs(ctx, resolved, keys),
      owner: ownerOf(tenant),
      withoutIngress: holdIngress,
    }),
  );
  if (invalid) {
    const failed: ConditionSpec = { type: 'ServicesAvailable', status: 'False', reason: REASONS.InvalidSpec, message: invalid };
    await write([{ type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText }, failed], {}, { degraded: { reason: REASONS.InvalidSpec, message: invalid } });
    return {};
  }
  // observe
  const { services, readyServices, notReady, available } = observeServices(ctx, namespace);
  if (promotingFrom && previous) {
    if (holdIngress || notReady.length) {
      // Served by the pool meanwhile: Ready as it was, Progressing says where the promotion is.
      const message = `promoting to dedicated: ${available.message} in ${namespace}; TenantPool ${promotingFrom} serves its domains until all are`;
      await updateStatus(ctx, 'Tenant', live, {
        parts: [
          { type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText },
          { type: 'ServicesAvailable', status: 'True', reason: REASONS.Reconciled, message: `served by TenantPool ${promotingFrom}` },
          { type: 'Registered', status: 'True', reason: REASONS.Reconciled, message: `a row in TenantPool ${promotingFrom}'s academy` },
        ],
        fields: { namespace: poolNamespace(promotingFrom), isolation: 'pooled', pool: promotingFrom, poolRegistration: previous.poolRegistration, readyServices, services },
        state: { progressing: { reason: REASONS.Promoting, message } },
      });
      return { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };
    }
    // The switch: its own Ingress is applied (above); the pool's goes, and so does its place there.
    // The row stays: it is the same row in the same control database, now the dedicated academy's.
    await ctx.client.delete('networking.k8s.io/v1', 'Ingress', poolNamespace(promotingFrom), pooledIngressName(name));
    release(ctx, promotingFrom, name);
    await ctx.events.record(live, 'Normal', 'Promoted', `moved from TenantPool ${promotingFrom} to its own namespace ${namespace}; its domains now route there`);
  }
  // status
  await write(
    [{ type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText }, available],
    { readyServices, services },
    notReady.length ? { progressing: { reason: REASONS.Progressing, message: available.message } } : {},
  );
  return notReady.length ? { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 } : {};
}

/** Whether a TenantPool update left whether it serves, its spec and whether it is being deleted as they were (only its counts, Ready or its finalizers moved). */
function poolUnchangedForTenants(pool: KubeObject, old: KubeObject): boolean {
  return (
    pool.metadata.generation === old.metadata.generation &&
    pool.metadata.uid === old.metadata.uid &&
    Boolean(pool.metadata.deletionTimestamp) === Boolean(old.metadata.deletionTimestamp) &&
    poolServing(pool) === poolServing(old)
  );
}

/** Tenants: own a namespace and everything renderTenant gives in it (pooled: an Ingress in their pool's namespace). */
export function tenantController(): Controller {
  const renders: Renders = new Map();
  return {
    kind: 'Tenant',
    namespaced: false,
    reconcile: (ctx, name) => reconcileTenant(ctx, name, renders),
    owns: WORKLOAD_KINDS,
    watches: [
      {
        // A pool's Ready, spec or existence concerns its pooled Tenants; its tenant counts do not.
        kind: 'TenantPool',
        map: (ctx, event, pool, old) => (event === 'update' && old && poolUnchangedForTenants(pool, old) ? [] : pooledTenantsOf(ctx, pool.metadata.name)),
      },
    ],
    workers: (config) => config.WORKERS,
  };
}
