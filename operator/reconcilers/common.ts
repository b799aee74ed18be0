/** Steps every reconciler shares: writing status only when it changed, and the Events of transitions. */
import { findCondition, type Condition } from '../../crds/index.ts';
import type { ReconcileContext } from '../context.ts';
import type { Informer } from '../kube/informer.ts';
import type { KubeObject } from '../kube/types.ts';
import { objectKey } from '../kube/resources.ts';
import { jsonEqual } from '../status.ts';

export type StatusOf = { observedGeneration?: number; conditions?: Condition[]; [key: string]: unknown };

/**
 * Writes `next` to the status subresource unless it equals what is stored; records an Event when
 * Ready changes. Returns whether it wrote.
 */
export async function writeStatus(ctx: ReconcileContext, cache: Informer, obj: KubeObject, computed: object): Promise<boolean> {
  const next = computed as StatusOf;
  const current = (obj.status ?? {}) as StatusOf;
  if (jsonEqual(current, next)) return false;
  // Keys dropped from the computed status are removed explicitly (a merge patch keeps absent keys).
  const removed = Object.fromEntries(Object.keys(current).filter((k) => next[k] === undefined).map((k) => [k, null]));
  const written = await ctx.client.patch<KubeObject>(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name, 'merge', { status: { ...removed, ...next } }, 'status');
  cache.remember(written);
  const before = findCondition(current.conditions, 'Ready');
  const after = findCondition(next.conditions, 'Ready');
  if (after && (before?.status !== after.status || before?.reason !== after.reason)) {
    await ctx.events.record(obj, after.status === 'True' ? 'Normal' : 'Warning', after.status === 'True' ? 'Ready' : after.reason, after.message);
  }
  return true;
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
