/**
 * ShardSet: apply its CloudNativePG Clusters and shard-map ConfigMap, resolve the credentials the
 * shard map names (CloudNativePG's `<cluster>-app` Secrets, or the managed databases' Secrets),
 * publish the resolved set to tenants, and report ClustersReady / ShardMapPublished.
 */
import { createHash } from 'node:crypto';
import { REASONS, withDefaults, type ShardSet, type ShardSetStatus } from '../../crds/index.ts';
import { ownerOf, renderShardSet, shardMapConfigMapName, shardMapFor, cnpgClusterName, type ShardMap, type TenantKeys } from '../constructs/index.ts';
import { ensureObjects } from '../apply.ts';
import type { Controller } from '../controller.ts';
import type { Outcome, ReconcileContext, ResolvedShardSet } from '../context.ts';
import type { KubeObject } from '../kube/types.ts';
import type { ConditionSpec, SummaryState } from '../status.ts';
import { errorMessage, splitKey, updateStatus } from './common.ts';
import { observeMoves, startMoves } from './shard-moves.ts';

/** How often a running move's Job is looked at (Jobs are read, not watched). */
const MOVE_POLL_MS = 2000;

type Secret = KubeObject & { data?: Record<string, string> };

/** Reads every credential of the map; lists what is missing instead of failing on the first. */
async function readCredentials(ctx: ReconcileContext, map: ShardMap): Promise<{ values: Record<string, string>; missing: string[] }> {
  const secrets = new Map<string, Promise<Secret | undefined>>();
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const c of map.credentials) {
    const id = `${c.secret.namespace}/${c.secret.name}`;
    if (!secrets.has(id)) secrets.set(id, ctx.client.read<Secret>('v1', 'Secret', c.secret.namespace, c.secret.name));
    const secret = await secrets.get(id);
    const value = secret?.data?.[c.secret.key];
    if (value === undefined) missing.push(secret ? `key ${c.secret.key} of Secret ${id}` : `Secret ${id}`);
    else values[c.variable] = Buffer.from(value, 'base64').toString('utf8');
  }
  return { values, missing };
}

/** Ready clusters: a CloudNativePG Cluster whose ready instances reach the wanted count; external ones once their Secrets resolve. */
function readyClusterCount(shardSet: ShardSet, clusterStatus: (name: string) => { readyInstances?: number } | undefined, credentialsResolved: boolean): number {
  if (shardSet.spec.engine === 'external') return credentialsResolved ? shardSet.spec.clusters.length : 0;
  return shardSet.spec.clusters.filter((c) => (clusterStatus(cnpgClusterName(shardSet.metadata.name as string, c.name))?.readyInstances ?? 0) >= 1 + c.replicas).length;
}

function tenantsOn(ctx: ReconcileContext, namespace: string, name: string): void {
  for (const t of ctx.tenants.list()) {
    const ref = (t.spec as { shardSetRef?: { name: string; namespace: string } }).shardSetRef;
    if (ref?.name === name && ref.namespace === namespace) ctx.enqueue('Tenant', t.metadata.name);
  }
  for (const p of ctx.pools.list()) {
    const ref = (p.spec as { shardSetRef?: { name: string; namespace: string } }).shardSetRef;
    if (ref?.name === name && ref.namespace === namespace) ctx.enqueue('TenantPool', p.metadata.name);
  }
}

function forget(ctx: ReconcileContext, key: string, namespace: string, name: string): void {
  if (ctx.resolved.delete(key)) tenantsOn(ctx, namespace, name);
}

/**
 * The resolved ShardSet `namespace/name` (shard map + credential values), computing it when not
 * known yet — e.g. right after a restart, when a Tenant is reconciled before its ShardSet. Calls
 * for one ShardSet share one computation. Undefined when it does not exist, is invalid, or lacks
 * credentials (its own reconcile reports why).
 */
/** Writes a workload owner's status (a Tenant's or a TenantPool's). */
export type WriteStatus = (parts: ConditionSpec[], fields: Record<string, never>, state?: SummaryState) => Promise<unknown>;

/**
 * What a set of academy workloads needs before it can be rendered, checked the same way for a
 * dedicated Tenant and a TenantPool: an image to run (spec.image or OPERATOR_IMAGE — the fix is the
 * user's or the operator's, so say which instead of waiting) and its ShardSet resolved. On a
 * failure the owner's status says why and the outcome to return comes back; else the ShardSet.
 */
export async function renderPrerequisites(
  ctx: ReconcileContext,
  spec: { image?: string; shardSetRef: { namespace: string; name: string } },
  write: WriteStatus,
  imageHint = '',
): Promise<{ resolved: ResolvedShardSet } | { outcome: Outcome }> {
  if (!spec.image && !ctx.config.OPERATOR_IMAGE) {
    const message = `no image to run: spec.image is empty and the operator has no default image (OPERATOR_IMAGE is not set)${imageHint}`;
    await write([{ type: 'ServicesAvailable', status: 'False', reason: REASONS.ImageNotSet, message }], {}, { degraded: { reason: REASONS.ImageNotSet, message } });
    // A spec change re-reconciles; a restarted operator with OPERATOR_IMAGE resyncs every owner.
    return { outcome: {} };
  }
  const ref = spec.shardSetRef;
  const refText = `ShardSet ${ref.namespace}/${ref.name}`;
  const resolved = await resolveShardSet(ctx, ref.namespace, ref.name);
  if (resolved) return { resolved };
  const exists = ctx.shardSets.get(ref.namespace, ref.name);
  const reason = exists ? REASONS.Progressing : REASONS.DependencyNotFound;
  const message = exists ? `${refText} is not resolved yet (its clusters' credentials are missing)` : `${refText} does not exist`;
  await write(
    [{ type: 'ShardSetResolved', status: 'False', reason, message }, { type: 'ServicesAvailable', status: 'Unknown', reason, message: `waiting for ${refText}` }],
    {},
    exists ? { progressing: { reason, message } } : {},
  );
  // The ShardSet's resolution enqueues its owners; the requeue only guards against a missed event.
  return { outcome: { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 } };
}

/** What a workload set's render takes from its ShardSet, keys and the operator's config (a Tenant's or a pool's). */
export function renderInputs(ctx: ReconcileContext, resolved: ResolvedShardSet, keys: TenantKeys) {
  return {
    shardMap: resolved.shardMap,
    keys,
    databaseCredentials: resolved.credentials,
    defaultImage: ctx.config.OPERATOR_IMAGE,
    redisUrl: ctx.config.TENANT_REDIS_URL,
    ingressControllerNamespace: ctx.config.INGRESS_CONTROLLER_NAMESPACE,
    operatorNamespace: ctx.config.POD_NAMESPACE,
    monitoringNamespace: ctx.config.MONITORING_NAMESPACE,
  };
}

export async function resolveShardSet(ctx: ReconcileContext, namespace: string, name: string): Promise<ResolvedShardSet | undefined> {
  const key = `${namespace}/${name}`;
  const known = ctx.resolved.get(key);
  if (known) return known;
  const inFlight = ctx.resolving;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const work = (async () => {
    const live = ctx.shardSets.get(namespace, name);
    if (!live || live.metadata.deletionTimestamp) return undefined;
    let shardMap: ShardMap;
    try {
      shardMap = shardMapFor(withDefaults('ShardSet', live));
    } catch {
      return undefined;
    }
    const { values, missing } = await readCredentials(ctx, shardMap);
    if (missing.length) return undefined;
    return remember(ctx, key, live, shardMap, values);
  })();
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}

/** Stores the resolved set; when it differs from what was known, the tenants on it are reconciled. */
function remember(ctx: ReconcileContext, key: string, live: KubeObject, shardMap: ShardMap, values: Record<string, string>): ResolvedShardSet {
  const fingerprint = createHash('sha256').update(JSON.stringify([shardMap, values, live.metadata.uid])).digest('hex');
  const before = ctx.resolved.get(key);
  if (before?.fingerprint === fingerprint) return before;
  const next: ResolvedShardSet = { uid: live.metadata.uid ?? '', shardMap, credentials: values, fingerprint };
  ctx.resolved.set(key, next);
  tenantsOn(ctx, live.metadata.namespace ?? '', live.metadata.name);
  return next;
}

export async function reconcileShardSet(ctx: ReconcileContext, key: string): Promise<Outcome> {
  const { namespace = '', name } = splitKey(key);
  const live = ctx.shardSets.get(namespace, name);
  if (!live || live.metadata.deletionTimestamp) {
    forget(ctx, key, namespace, name);
    return {};
  }
  const shardSet = withDefaults('ShardSet', live);
  const status = (parts: ConditionSpec[], fields: Partial<ShardSetStatus>, state: SummaryState = {}, beside: ConditionSpec[] = []) =>
    updateStatus(ctx, 'ShardSet', live, { parts, fields, state, beside });

  let rendered: ReturnType<typeof renderShardSet>;
  try {
    rendered = renderShardSet({ shardSet, owner: ownerOf(shardSet) });
  } catch (err) {
    // Allowed by the schema but not realisable (e.g. shard ranges with a gap): report, do not retry.
    forget(ctx, key, namespace, name);
    const message = errorMessage(err);
    const parts: ConditionSpec[] = [
      { type: 'ClustersReady', status: 'False', reason: REASONS.InvalidSpec, message },
      { type: 'ShardMapPublished', status: 'False', reason: REASONS.InvalidSpec, message },
    ];
    await status(parts, { clusterCount: shardSet.spec.clusters.length, readyClusters: 0 }, { degraded: { reason: REASONS.InvalidSpec, message } });
    return {};
  }

  // Ownership comes from the published map until a move's cut-over; spec ranges that differ are moves.
  const moving = await observeMoves(ctx, shardSet, rendered.shardMap, (live.status as ShardSetStatus | undefined)?.moves);
  if (moving.published) rendered = renderShardSet({ shardSet, owner: ownerOf(shardSet), published: moving.published });
  await ensureObjects(ctx.client, ctx.owned, rendered.manifests, ctx.metrics.writesSkipped);
  await startMoves(ctx, shardSet, ownerOf(shardSet), moving);
  const { values, missing } = await readCredentials(ctx, rendered.shardMap);
  const resolved = missing.length === 0;
  if (resolved) {
    remember(ctx, key, live, rendered.shardMap, values);
  } else {
    forget(ctx, key, namespace, name);
  }

  const clusters = ctx.owned.get('Cluster');
  const ready = readyClusterCount(shardSet, (n) => clusters?.get(namespace, n)?.status as { readyInstances?: number } | undefined, resolved);
  const total = shardSet.spec.clusters.length;
  const external = shardSet.spec.engine === 'external';
  // Several credentials may come from one Secret: name each missing Secret once.
  const missingOnce = [...new Set(missing)];
  const missingText = `waiting for ${missingOnce.slice(0, 3).join(', ')}${missingOnce.length > 3 ? ` and ${missingOnce.length - 3} more` : ''}`;
  const allReady = ready === total && resolved;
  const clustersReady: ConditionSpec =
    allReady
      ? { type: 'ClustersReady', status: 'True', reason: REASONS.Reconciled, message: `${ready}/${total} clusters ready` }
      : external
        ? { type: 'ClustersReady', status: 'False', reason: REASONS.DependencyNotFound, message: missingText }
        : { type: 'ClustersReady', status: 'False', reason: REASONS.Progressing, message: `${ready}/${total} clusters ready${resolved ? '' : `; ${missingText}`}` };
  const published: ConditionSpec = { type: 'ShardMapPublished', status: 'True', reason: REASONS.Reconciled, message: `ConfigMap ${shardMapConfigMapName(name)}` };
  await status(
    [clustersReady, published],
    { shardMapConfigMap: shardMapConfigMapName(name), clusterCount: total, readyClusters: ready, ...(moving.moves.length ? { moves: moving.moves } : {}) },
    moving.active ? { progressing: { reason: REASONS.Progressing, message: moving.condition.message } } : allReady || external ? {} : { progressing: { reason: REASONS.Progressing, message: clustersReady.message } },
    // Moving is reported beside Ready, not part of it: the set serves throughout a move.
    [moving.condition],
  );
  // Jobs are not watched: while a move runs, look again soon.
  if (moving.active) return { requeueAfterMs: MOVE_POLL_MS };
  return allReady ? {} : { requeueAfterMs: ctx.config.PROGRESS_REQUEUE_SECONDS * 1000 };
}

/** ShardSets: own their CloudNativePG Clusters and shard-map ConfigMap. */
export function shardSetController(): Controller {
  return {
    kind: 'ShardSet',
    namespaced: true,
    reconcile: reconcileShardSet,
    owns: [
      { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', keepStatus: true, optional: true },
      { apiVersion: 'v1', kind: 'ConfigMap' },
    ],
    workers: (config) => Math.max(2, Math.ceil(config.WORKERS / 4)),
  };
}
