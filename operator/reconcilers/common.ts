/**
 * Steps every controller shares: the one status writer, the Events of Ready transitions, keys and
 * cache helpers, and reading a tenant's keys Secret.
 */
import { findCondition, type Condition } from '../../crds/index.ts';
import { TENANT_KEYS_SECRET, keysFromSecretData, tenantNamespace, type TenantKeys } from '../constructs/index.ts';
import type { PrimaryKind, ReconcileContext } from '../context.ts';
import type { Informer } from '../kube/informer.ts';
import type { KubeObject } from '../kube/types.ts';
import { objectKey } from '../kube/resources.ts';
import { conditionsAt, jsonEqual, summaryConditions, type ConditionSpec, type SummaryState } from '../status.ts';

export type StatusOf = { observedGeneration?: number; conditions?: Condition[]; [key: string]: unknown };

/** The cache of a primary kind. */
export function cacheOf(ctx: ReconcileContext, kind: PrimaryKind): Informer {
  return kind === 'ShardSet' ? ctx.shardSets : kind === 'Tenant' ? ctx.tenants : kind === 'TenantPool' ? ctx.pools : ctx.courses;
}

export interface StatusUpdate {
  /** The kind's own conditions (ClustersReady, ServicesAvailable, Published, ...). */
  parts: readonly ConditionSpec[];
  /** The kind's other status fields. */
  fields?: object;
  /** Progressing / Degraded / a failed reconcile (see summaryConditions). */
  state?: SummaryState;
  /** Conditions reported beside the summary, not part of Ready (a ShardSet's Moving). */
  beside?: readonly ConditionSpec[];
}

/**
 * The one status writer. The status of `live` at its generation: `fields`, then `parts` with the
 * summary conditions (Ready, Progressing, Degraded), transition times kept where the status holds.
 * Written (merge patch on /status) only when it differs from the stored one; keys dropped from the
 * computed status are removed. A change of Ready is recorded as an Event and told to the
 * controllers that watch the kind (their informer cannot see it: the written object is already in
 * the cache when the watch event comes). Returns whether it wrote.
 */
export async function updateStatus(ctx: ReconcileContext, kind: PrimaryKind, live: KubeObject, update: StatusUpdate): Promise<boolean> {
  const generation = live.metadata.generation;
  const current = (live.status ?? {}) as StatusOf;
  const next: StatusOf = {
    observedGeneration: generation,
    ...update.fields,
    conditions: conditionsAt(current.conditions, [...summaryConditions(update.parts, update.state), ...(update.beside ?? [])], generation, ctx.now()),
  };
  if (jsonEqual(current, next)) return false;
  const removed = Object.fromEntries(Object.keys(current).filter((k) => next[k] === undefined).map((k) => [k, null]));
  const written = await cacheOf(ctx, kind).writeThrough(() =>
    ctx.client.patch<KubeObject>(live.apiVersion, live.kind, live.metadata.namespace, live.metadata.name, 'merge', { status: { ...removed, ...next } }, 'status'),
  );
  const before = findCondition(current.conditions, 'Ready');
  const after = findCondition(next.conditions, 'Ready');
  if (after && (before?.status !== after.status || before?.reason !== after.reason)) {
    ctx.changed(kind, written, live);
    await ctx.events.record(live, after.status === 'True' ? 'Normal' : 'Warning', after.status === 'True' ? 'Ready' : after.reason, after.message);
  }
  return true;
}

/** The non-summary conditions of a stored status, as parts to write again (e.g. beside a reconcile error). */
export function storedParts(status: StatusOf | undefined): ConditionSpec[] {
  return (status?.conditions ?? [])
    .filter((c) => !['Ready', 'Progressing', 'Degraded'].includes(c.type))
    .map((c) => ({ type: c.type, status: c.status as ConditionSpec['status'], reason: c.reason, message: c.message }));
}

type Secret = KubeObject & { data?: Record<string, string> };

/** A tenant's keys from its `academy-keys` Secret: the cache, else the API (a cache may lag); undefined when none exist yet. */
export async function readTenantKeys(ctx: ReconcileContext, tenant: string): Promise<TenantKeys | undefined> {
  const namespace = tenantNamespace(tenant);
  const cached = ctx.owned.get('Secret')?.get(namespace, TENANT_KEYS_SECRET) as Secret | undefined;
  const secret = cached ?? (await ctx.client.read<Secret>('v1', 'Secret', namespace, TENANT_KEYS_SECRET));
  return keysFromSecretData(secret?.data);
}

/** Queue key of an object: its informer cache key (`namespace/name`, or `name` when cluster-scoped). */
export function keyOf(obj: { metadata: { namespace?: string; name: string } }): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name);
}

/** Queue keys of the cached Courses whose spec.tenantRef names `tenant`: they wait on its Ready. */
export function coursesOf(courses: Informer, tenant: string): string[] {
  return courses
    .list()
    .filter((c) => (c.spec as { tenantRef?: { name?: string } } | undefined)?.tenantRef?.name === tenant)
    .map(keyOf);
}

export function splitKey(key: string): { namespace?: string; name: string } {
  const at = key.indexOf('/');
  return at < 0 ? { name: key } : { namespace: key.slice(0, at), name: key.slice(at + 1) };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
