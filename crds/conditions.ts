/**
 * status.conditions of the academy kinds: the condition types each kind reports and a pure
 * `setCondition` that keeps `lastTransitionTime` unless the status really changes (the
 * Kubernetes API convention, as apimachinery's meta.SetStatusCondition does).
 */
import type { Condition } from './types.generated.ts';

/**
 * Condition types by kind. `Ready` summarises the others: True only when every one is True for
 * the current generation.
 */
export const CONDITION_TYPES = {
  ShardSet: ['Ready', 'ClustersReady', 'ShardMapPublished'],
  // Registered: a pooled Tenant's row in its pool's academy (pooled Tenants only).
  Tenant: ['Ready', 'ShardSetResolved', 'ServicesAvailable', 'Registered'],
  Course: ['Ready', 'Valid', 'Published'],
  // TenantsRemaining: a pool being deleted still serves pooled Tenants (beside Ready, as a Namespace's NamespaceContentRemaining).
  TenantPool: ['Ready', 'ShardSetResolved', 'ServicesAvailable', 'TenantsRemaining'],
} as const;

/** Reasons shared by the kinds (CamelCase, as the schema requires). */
export const REASONS = {
  Reconciled: 'Reconciled',
  Progressing: 'Progressing',
  InvalidSpec: 'InvalidSpec',
  DependencyNotFound: 'DependencyNotFound',
  ReconcileError: 'ReconcileError',
  /** A Tenant with no spec.image while the operator has no OPERATOR_IMAGE: nothing can run. */
  ImageNotSet: 'ImageNotSet',
  /** A pooled Tenant its pool has no place for (TenantPool spec.maxTenants). */
  PoolFull: 'PoolFull',
  /** A pooled Tenant becoming dedicated: its own workloads are coming up, the pool still serves it. */
  Promoting: 'Promoting',
  /** The pool's academy refused the tenant's row for good (a domain another academy serves). */
  RegistrationRejected: 'RegistrationRejected',
  /** The pool's academy could not be reached or failed; retried with backoff. */
  PoolUnavailable: 'PoolUnavailable',
  /** A TenantPool being deleted waits for the pooled Tenants it still serves (its TenantsRemaining condition). */
  TenantsRemain: 'TenantsRemain',
  /** A pooled Tenant's TenantPool is being deleted: served until it leaves, and no new Tenant is admitted. */
  PoolDeleting: 'PoolDeleting',
} as const;

/** A condition to set; `lastTransitionTime` is decided by `setCondition`. */
export type ConditionInput = Omit<Condition, 'lastTransitionTime'>;

/** The condition of `type`, if present. */
export function findCondition(conditions: readonly Condition[] | undefined, type: string): Condition | undefined {
  return conditions?.find((c) => c.type === type);
}

/**
 * Returns `conditions` with `next` set: a new condition, or the old one updated. The transition
 * time moves only when the status changes. Other conditions keep their order.
 */
export function setCondition(conditions: readonly Condition[] | undefined, next: ConditionInput, now: Date): Condition[] {
  const list = [...(conditions ?? [])];
  const index = list.findIndex((c) => c.type === next.type);
  const previous = index >= 0 ? list[index] : undefined;
  const lastTransitionTime = previous && previous.status === next.status ? previous.lastTransitionTime : now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const condition: Condition = { ...next, lastTransitionTime };
  if (index >= 0) list[index] = condition;
  else list.push(condition);
  return list;
}

/** Whether the resource's Ready condition is True for its current generation. */
export function isReady(resource: { metadata: { generation?: number }; status?: { conditions?: Condition[] } }): boolean {
  const ready = findCondition(resource.status?.conditions, 'Ready');
  return ready?.status === 'True' && (resource.metadata.generation === undefined || ready.observedGeneration === resource.metadata.generation);
}
