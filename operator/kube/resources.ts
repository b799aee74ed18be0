/**
 * The resources the operator reads and writes, with their REST paths. A fixed table instead of
 * discovery: the operator only ever touches these kinds, so it needs no discovery round trips.
 */
import { API_VERSION } from '../../crds/index.ts';

export interface ResourceKind {
  readonly apiVersion: string;
  readonly kind: string;
  readonly plural: string;
  readonly namespaced: boolean;
}

const table: readonly ResourceKind[] = [
  { apiVersion: API_VERSION, kind: 'ShardSet', plural: 'shardsets', namespaced: true },
  { apiVersion: API_VERSION, kind: 'Tenant', plural: 'tenants', namespaced: false },
  { apiVersion: API_VERSION, kind: 'Course', plural: 'courses', namespaced: true },
  { apiVersion: API_VERSION, kind: 'TenantPool', plural: 'tenantpools', namespaced: false },
  { apiVersion: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  { apiVersion: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true },
  { apiVersion: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', namespaced: true },
  { apiVersion: 'v1', kind: 'Service', plural: 'services', namespaced: true },
  { apiVersion: 'v1', kind: 'Event', plural: 'events', namespaced: true },
  { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments', namespaced: true },
  { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', plural: 'horizontalpodautoscalers', namespaced: true },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', plural: 'poddisruptionbudgets', namespaced: true },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', plural: 'networkpolicies', namespaced: true },
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', plural: 'ingresses', namespaced: true },
  { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', plural: 'leases', namespaced: true },
  { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', plural: 'clusters', namespaced: true },
  { apiVersion: 'batch/v1', kind: 'Job', plural: 'jobs', namespaced: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', plural: 'roles', namespaced: true },
  { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', plural: 'rolebindings', namespaced: true },
];

/** The table entry of `apiVersion`/`kind`; throws naming them when the operator does not know it. */
export function resourceKind(apiVersion: string, kind: string): ResourceKind {
  const found = table.find((r) => r.apiVersion === apiVersion && r.kind === kind);
  if (!found) throw new Error(`the operator does not manage ${kind} (${apiVersion})`);
  return found;
}

/** `/api/v1` or `/apis/<group>/<version>`. */
function prefix(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}

/** Collection path (all namespaces when `namespace` is undefined for a namespaced kind). */
export function collectionPath(rk: ResourceKind, namespace?: string): string {
  const ns = rk.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${prefix(rk.apiVersion)}${ns}/${rk.plural}`;
}

/** Path of one object, optionally a subresource (`status`). */
export function objectPath(rk: ResourceKind, namespace: string | undefined, name: string, subresource?: string): string {
  if (rk.namespaced && !namespace) throw new Error(`${rk.kind} ${name} needs a namespace`);
  return `${collectionPath(rk, namespace)}/${encodeURIComponent(name)}${subresource ? `/${subresource}` : ''}`;
}

/** Cache key of an object: `namespace/name` or `name` for cluster-scoped ones. */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
