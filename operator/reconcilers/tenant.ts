/**
 * Tenant: keep a finalizer (cleanup below), resolve its ShardSet, keep its signing keys, apply
 * everything `renderTenant` gives (Namespace first), and report ShardSetResolved /
 * ServicesAvailable from the Deployments.
 *
 * Cleanup on deletion (why the finalizer): the tenant's copy of the database credentials is
 * deleted first, then its Namespace, and the Tenant goes only once the Namespace is gone — so a
 * Tenant re-created under the same name never meets its predecessor's terminating Namespace.
 */
import { createHash } from 'node:crypto';
import { REASONS, withDefaults, type TenantStatus } from '../../crds/index.ts';
import {
  TENANT_DATABASE_SECRET,
  TENANT_KEYS_SECRET,
  generateTenantKeys,
  withCurrentSigningKey,
  ownerOf,
  renderTenant,
  tenantNamespace,
  type KubeManifest,
} from '../constructs/index.ts';
import { allUpToDate, countSkipped, ensureObjects, type AppliedRef } from '../apply.ts';
import type { Controller } from '../controller.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { errorMessage, readTenantKeys, updateStatus } from './common.ts';
import { resolveShardSet } from './shardset.ts';
import { servicesStatus, type DeploymentState } from './tenant-status.ts';
import { publishPlatform } from './tenant-platform.ts';

export const TENANT_FINALIZER = 'academy.trendtactics.io/tenant-cleanup';

/**
 * Per Tenant (held by its controller): a fingerprint of what the last render was made from, and
 * the objects (with hashes) it gave. When the inputs are the same and every object is cached with
 * its hash, the reconcile skips rendering (cdk8s synthesis is the operator's costliest step): the
 * outcome is the same, nothing to apply. Any difference renders and applies as before.
 */
type LastRender = { inputs: string; objects: AppliedRef[] };
type Renders = Map<string, LastRender>;

async function finalize(ctx: ReconcileContext, live: KubeObject, renders: Renders): Promise<Outcome> {
  if (!live.metadata.finalizers?.includes(TENANT_FINALIZER)) return {};
  const namespace = tenantNamespace(live.metadata.name);
  await ctx.client.delete('v1', 'Secret', namespace, TENANT_DATABASE_SECRET);
  const ns = await ctx.client.read('v1', 'Namespace', undefined, namespace);
  if (ns) {
    if (!ns.metadata.deletionTimestamp) await ctx.client.delete('v1', 'Namespace', undefined, namespace);
    return { requeueAfterMs: 1000 };
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
  // read
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
  const namespace = tenantNamespace(name);
  const stored = live;
  const write = async (parts: ConditionSpec[], fields: Partial<TenantStatus>, state: SummaryState = {}) => {
    const wrote = await updateStatus(ctx, 'Tenant', stored, { parts, fields: { namespace, ...fields }, state });
    // The pods' view of this status (once their namespace exists): Degraded shows there too.
    if (ctx.owned.get('Namespace')?.get(undefined, namespace)) await publishPlatform(ctx, tenant, namespace, (ctx.tenants.get(undefined, name)?.status ?? {}) as TenantStatus);
    return wrote;
  };

  // Checked before anything else: without an image no workload can be rendered, and the fix is
  // the user's (spec.image) or the operator's (OPERATOR_IMAGE), so say which instead of waiting.
  if (!tenant.spec.image && !ctx.config.OPERATOR_IMAGE) {
    const message = 'no image to run: spec.image is empty and the operator has no default image (OPERATOR_IMAGE is not set). Set spec.image on the Tenant, or OPERATOR_IMAGE on the operator (the Helm chart sets it to its own image)';
    await write([{ type: 'ServicesAvailable', status: 'False', reason: REASONS.ImageNotSet, message }], {}, { degraded: { reason: REASONS.ImageNotSet, message } });
    // A spec change re-reconciles; a restarted operator with OPERATOR_IMAGE resyncs every Tenant.
    return {};
  }

  const ref = tenant.spec.shardSetRef;
  const refText = `ShardSet ${ref.namespace}/${ref.name}`;
  const resolved = await resolveShardSet(ctx, ref.namespace, ref.name);
  if (!resolved) {
    const exists = ctx.shardSets.get(ref.namespace, ref.name);
    const shardSetResolved: ConditionSpec = exists
      ? { type: 'ShardSetResolved', status: 'False', reason: REASONS.Progressing, message: `${refText} is not resolved yet (its clusters' credentials are missing)` }
      : { type: 'ShardSetResolved', status: 'False', reason: REASONS.DependencyNotFound, message: `${refText} does not exist` };
    const waiting: ConditionSpec = { type: 'ServicesAvailable', status: 'Unknown', reason: shardSetResolved.reason, message: `waiting for ${refText}` };
    await write([shardSetResolved, waiting], {}, exists ? { progressing: { reason: REASONS.Progressing, message: shardSetResolved.message } } : {});
    // The ShardSet's resolution enqueues this tenant; the requeue only guards against a missed event.
    return { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };
  }

  // desired
  // A Secret from before ES256 gets an ES256 key in front; its Ed25519 keys keep verifying.
  const storedKeys = await readTenantKeys(ctx, name);
  const keys = storedKeys ? withCurrentSigningKey(storedKeys) : generateTenantKeys();
  const { uid, labels, annotations } = tenant.metadata;
  const inputs = createHash('sha256').update(JSON.stringify([uid, labels, annotations, tenant.spec, resolved.uid, resolved.fingerprint, keys])).digest('hex');
  const last = renders.get(name);
  if (last?.inputs !== inputs || !allUpToDate(ctx.owned, last.objects)) {
    renders.delete(name);
    let manifests: KubeManifest[];
    try {
      manifests = renderTenant({
        tenant,
        shardMap: resolved.shardMap,
        keys,
        databaseCredentials: resolved.credentials,
        defaultImage: ctx.config.OPERATOR_IMAGE,
        redisUrl: ctx.config.TENANT_REDIS_URL,
        ingressControllerNamespace: ctx.config.INGRESS_CONTROLLER_NAMESPACE,
        operatorNamespace: ctx.config.POD_NAMESPACE,
        monitoringNamespace: ctx.config.MONITORING_NAMESPACE,
        owner: ownerOf(tenant),
      });
    } catch (err) {
      const message = errorMessage(err);
      const invalid: ConditionSpec = { type: 'ServicesAvailable', status: 'False', reason: REASONS.InvalidSpec, message };
      await write([{ type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText }, invalid], {}, { degraded: { reason: REASONS.InvalidSpec, message } });
      return {};
    }
    const ensured = await ensureObjects(ctx.client, ctx.owned, manifests, ctx.metrics.writesSkipped);
    renders.set(name, { inputs, objects: ensured.objects });
  } else {
    countSkipped(ctx.metrics.writesSkipped, last.objects);
  }
  // observe
  const deployments = ctx.owned.get('Deployment');
  const services = servicesStatus((s) => deployments?.get(namespace, s) as DeploymentState | undefined);
  const readyServices = services.filter((s) => s.ready).length;
  const notReady = services.filter((s) => !s.ready).map((s) => s.name);
  const available: ConditionSpec = notReady.length
    ? { type: 'ServicesAvailable', status: 'False', reason: REASONS.Progressing, message: `${readyServices}/${services.length} services ready; waiting for ${notReady.join(', ')}` }
    : { type: 'ServicesAvailable', status: 'True', reason: REASONS.Reconciled, message: `${readyServices}/${services.length} services ready` };
  // status
  await write(
    [{ type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText }, available],
    { readyServices, services },
    notReady.length ? { progressing: { reason: REASONS.Progressing, message: available.message } } : {},
  );
  return notReady.length ? { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 } : {};
}


/** Tenants: own a namespace and everything renderTenant gives in it. */
export function tenantController(): Controller {
  const renders: Renders = new Map();
  return {
    kind: 'Tenant',
    namespaced: false,
    reconcile: (ctx, name) => reconcileTenant(ctx, name, renders),
    owns: [
      { apiVersion: 'v1', kind: 'Namespace' },
      { apiVersion: 'v1', kind: 'ConfigMap' },
      // The keys are read back on every render (they must never be regenerated): keep their data.
      { apiVersion: 'v1', kind: 'Secret', keepData: (obj) => obj.metadata.name === TENANT_KEYS_SECRET },
      { apiVersion: 'v1', kind: 'ServiceAccount' },
      { apiVersion: 'v1', kind: 'Service' },
      { apiVersion: 'apps/v1', kind: 'Deployment', keepStatus: true },
      // Its status feeds the platform view (tenant-platform.ts).
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', keepStatus: true },
      { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' },
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
      { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
    ],
    workers: (config) => config.WORKERS,
  };
}
