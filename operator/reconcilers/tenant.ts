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
import { REASONS, withDefaults, type Tenant, type TenantStatus } from '../../crds/index.ts';
import {
  TENANT_DATABASE_SECRET,
  TENANT_KEYS_SECRET,
  generateTenantKeys,
  keysFromSecretData,
  ownerOf,
  renderTenant,
  tenantNamespace,
  type KubeManifest,
  type TenantKeys,
} from '../constructs/index.ts';
import { allUpToDate, countSkipped, ensureObjects, type AppliedRef } from '../apply.ts';
import type { Outcome, ReconcileContext } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import { conditionsAt, summaryConditions, type ConditionSpec } from '../status.ts';
import { coursesOf, errorMessage, writeStatus } from './common.ts';
import { resolveShardSet } from './shardset.ts';
import { servicesStatus, type DeploymentState } from './tenant-status.ts';

export const TENANT_FINALIZER = 'academy.trendtactics.io/tenant-cleanup';

type Secret = KubeObject & { data?: Record<string, string> };

const readyOf = (conditions: { type: string; status: string }[] | undefined) => conditions?.find((c) => c.type === 'Ready')?.status;

/**
 * Per operator (context) and Tenant: a fingerprint of what the last render was made from, and the
 * objects (with hashes) it gave. When the inputs are the same and every object is cached with its
 * hash, the reconcile skips rendering (cdk8s synthesis is the operator's costliest step): the
 * outcome is the same, nothing to apply. Any difference renders and applies as before.
 */
type LastRender = { inputs: string; objects: AppliedRef[] };
const lastRenders = new WeakMap<ReconcileContext, Map<string, LastRender>>();

function rendersOf(ctx: ReconcileContext): Map<string, LastRender> {
  let map = lastRenders.get(ctx);
  if (!map) lastRenders.set(ctx, (map = new Map()));
  return map;
}

/** Keeps the tenant's keys: from the cache, else from the API (a cache may lag), else new ones. */
async function tenantKeys(ctx: ReconcileContext, namespace: string): Promise<TenantKeys> {
  const cached = ctx.owned.get('Secret')?.get(namespace, TENANT_KEYS_SECRET) as Secret | undefined;
  const secret = cached ?? (await ctx.client.read<Secret>('v1', 'Secret', namespace, TENANT_KEYS_SECRET));
  return keysFromSecretData(secret?.data) ?? generateTenantKeys();
}

async function finalize(ctx: ReconcileContext, live: KubeObject): Promise<Outcome> {
  if (!live.metadata.finalizers?.includes(TENANT_FINALIZER)) return {};
  const namespace = tenantNamespace(live.metadata.name);
  await ctx.client.delete('v1', 'Secret', namespace, TENANT_DATABASE_SECRET);
  const ns = await ctx.client.read('v1', 'Namespace', undefined, namespace);
  if (ns) {
    if (!ns.metadata.deletionTimestamp) await ctx.client.delete('v1', 'Namespace', undefined, namespace);
    return { requeueAfterMs: 1000 };
  }
  const finalizers = live.metadata.finalizers.filter((f) => f !== TENANT_FINALIZER);
  const written = await ctx.client.patch<KubeObject>(live.apiVersion, live.kind, undefined, live.metadata.name, 'merge', {
    metadata: { finalizers, resourceVersion: live.metadata.resourceVersion },
  });
  ctx.tenants.remember(written);
  rendersOf(ctx).delete(live.metadata.name);
  ctx.events.forget(live.metadata.uid);
  ctx.log.info({ tenant: live.metadata.name }, 'tenant cleaned up');
  return {};
}

export async function reconcileTenant(ctx: ReconcileContext, name: string): Promise<Outcome> {
  let live = ctx.tenants.get(undefined, name);
  if (!live) {
    rendersOf(ctx).delete(name);
    return {};
  }
  if (live.metadata.deletionTimestamp) return finalize(ctx, live);
  if (!live.metadata.finalizers?.includes(TENANT_FINALIZER)) {
    live = await ctx.client.patch<KubeObject>(live.apiVersion, live.kind, undefined, name, 'merge', {
      metadata: { finalizers: [...(live.metadata.finalizers ?? []), TENANT_FINALIZER], resourceVersion: live.metadata.resourceVersion },
    });
    ctx.tenants.remember(live);
  }
  const tenant = withDefaults('Tenant', live);
  const generation = live.metadata.generation;
  const namespace = tenantNamespace(name);
  const previous = live.status as TenantStatus | undefined;
  const write = async (parts: ConditionSpec[], extra: Partial<TenantStatus>, state: Parameters<typeof summaryConditions>[1] = {}) => {
    const conditions = conditionsAt(previous?.conditions, summaryConditions(parts, state), generation, ctx.now());
    const wrote = await writeStatus(ctx, ctx.tenants, live as KubeObject, { observedGeneration: generation, namespace, ...extra, conditions });
    // The Tenant's Courses wait for its Ready. The informer cannot tell them: the written status is
    // already in its cache (remember) when the watch event comes, so old and new look the same.
    if (wrote && readyOf(previous?.conditions) !== readyOf(conditions)) {
      for (const key of coursesOf(ctx.courses, name)) ctx.enqueue('Course', key);
    }
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

  const keys = await tenantKeys(ctx, namespace);
  const { uid, labels, annotations } = tenant.metadata;
  const inputs = createHash('sha256').update(JSON.stringify([uid, labels, annotations, tenant.spec, resolved.uid, resolved.fingerprint, keys])).digest('hex');
  const renders = rendersOf(ctx);
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
  const deployments = ctx.owned.get('Deployment');
  const services = servicesStatus((s) => deployments?.get(namespace, s) as DeploymentState | undefined);
  const readyServices = services.filter((s) => s.ready).length;
  const notReady = services.filter((s) => !s.ready).map((s) => s.name);
  const available: ConditionSpec = notReady.length
    ? { type: 'ServicesAvailable', status: 'False', reason: REASONS.Progressing, message: `${readyServices}/${services.length} services ready; waiting for ${notReady.join(', ')}` }
    : { type: 'ServicesAvailable', status: 'True', reason: REASONS.Reconciled, message: `${readyServices}/${services.length} services ready` };
  await write(
    [{ type: 'ShardSetResolved', status: 'True', reason: REASONS.Reconciled, message: refText }, available],
    { readyServices, services },
    notReady.length ? { progressing: { reason: REASONS.Progressing, message: available.message } } : {},
  );
  return notReady.length ? { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 } : {};
}

