/**
 * Names and labels shared by every object the academy constructs render.
 */
import type { ObjectMeta } from '../../crds/index.ts';
import { deployedServices, stagingServices, storageServices } from '../../crds/services.ts';

/** Label and annotation keys of the academy API group. */
export const TENANT_LABEL = 'academy.trendtactics.io/tenant';
export const SHARDSET_LABEL = 'academy.trendtactics.io/shardset';
export const CONFIG_HASH_ANNOTATION = 'academy.trendtactics.io/config-hash';
/** Value of app.kubernetes.io/managed-by on everything the operator renders. */
export const MANAGED_BY = 'academy-operator';

/** The services of a tenant, each its own Deployment (`academy serve --services=<name>`): the ones that exist. */
export const SERVICE_NAMES: readonly string[] = deployedServices();
/** The services that stage uploads in flight under DATA_DIR when the tenant's storage is `fs` (the manifest says which). */
export const STAGING_SERVICES: readonly string[] = stagingServices();
/** The services that use the storage port: the only ones given the S3 credentials (the manifest says which). */
export const STORAGE_SERVICES: readonly string[] = storageServices();
/** A name of SERVICE_NAMES (from the service manifest, crds/generated/services.json). */
export type ServiceName = string;

/** Port every academy process serves HTTP, /healthz and /readyz on. */
export const HTTP_PORT = 8080;

/** The namespace a tenant's workloads live in. */
export function tenantNamespace(tenantName: string): string {
  return `academy-${tenantName}`;
}

/** The standard labels of a tenant's object; `component` is the service (or a role like `config`). */
export function tenantLabels(tenantName: string, component?: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'academy',
    'app.kubernetes.io/instance': tenantName,
    ...(component ? { 'app.kubernetes.io/component': component } : {}),
    'app.kubernetes.io/managed-by': MANAGED_BY,
    [TENANT_LABEL]: tenantName,
  };
}

/** The labels that select one service's pods (a Deployment's immutable selector). */
export function serviceSelector(tenantName: string, service: ServiceName): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'academy',
    'app.kubernetes.io/instance': tenantName,
    'app.kubernetes.io/component': service,
  };
}

/** The object that owns everything a chart renders; set by the operator so deletion cascades. */
export interface Owner {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
}

/** ownerReferences naming `owner` as the controller, or nothing when there is no owner. */
export function ownerReferences(owner: Owner | undefined): Pick<ObjectMeta, 'ownerReferences'> {
  if (!owner) return {};
  return {
    ownerReferences: [
      { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true },
    ],
  };
}

/** The Owner for an academy resource read from the API server (it must carry its uid). */
export function ownerOf(resource: { apiVersion: string; kind: string; metadata: ObjectMeta }): Owner {
  const { name, uid } = resource.metadata;
  if (!name || !uid) throw new Error(`${resource.kind} ${name ?? '<unnamed>'} has no uid: only a stored object can own others`);
  return { apiVersion: resource.apiVersion, kind: resource.kind, name, uid };
}

/** Upper-case environment-variable form of a name: `pg-a` -> `PG_A`. */
export function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
