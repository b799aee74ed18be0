/**
 * TenantPool -> the workloads a dedicated Tenant gets (Namespace academy-pool-<name>, keys,
 * database credentials, config, a ServiceWorkload per service, NetworkPolicies, the Ingress of the
 * pool's own domains), rendered once by the same TenantChart for the pool's home academy
 * `pool-<name>`; and, per pooled Tenant, the one object it adds to the cluster: an Ingress of its
 * domains to the pool's gateway.
 *
 * Pure: the same props give the same objects.
 */
import type { Tenant, TenantPool } from '../../crds/index.ts';
import { API_VERSION } from '../../crds/index.ts';
import { HTTP_PORT, ownerReferences, tenantLabels, tenantNamespace, type Owner } from './labels.ts';
import type { KubeManifest } from './shardset-chart.ts';
import { renderTenant, type TenantChartProps } from './tenant-chart.ts';

/** Label naming the pool on what is rendered for it (and on a pooled Tenant's Ingress). */
export const POOL_LABEL = 'academy.trendtactics.io/pool';

/** The pool's home academy: its slug (DEFAULT_TENANT of the pool's services) and the instance label of its objects. */
export function poolTenantName(pool: string): string {
  return `pool-${pool}`;
}

/** The namespace of a pool's workloads (Tenant names may not start with `pool-`, so no Tenant's). */
export function poolNamespace(pool: string): string {
  return tenantNamespace(poolTenantName(pool));
}

/** Name of a pooled Tenant's Ingress in its pool's namespace. */
export function pooledIngressName(tenant: string): string {
  return `tenant-${tenant}`;
}

/**
 * The pool as the Tenant its workloads are rendered from: its home academy `pool-<name>` with the
 * pool's image, scaling, domains and ShardSet. Plan `starter`, no features: pooled tenants' own
 * plans and features are their rows' (the academy reads them per request).
 */
export function poolAsTenant(pool: TenantPool): Tenant {
  const name = pool.metadata.name as string;
  const { spec } = pool;
  return {
    apiVersion: API_VERSION,
    kind: 'Tenant',
    metadata: { name: poolTenantName(name), uid: pool.metadata.uid, labels: { ...pool.metadata.labels, [POOL_LABEL]: name } },
    spec: {
      displayName: spec.displayName ?? `Pool ${name}`,
      domains: spec.domains ?? [],
      plan: 'starter',
      shardSetRef: spec.shardSetRef,
      ...(spec.image ? { image: spec.image } : {}),
      imagePullPolicy: spec.imagePullPolicy,
      ingress: spec.ingress,
      services: spec.services,
      storage: spec.storage,
    },
  } as Tenant;
}

export type PoolChartProps = Omit<TenantChartProps, 'tenant' | 'extraConfig'> & { readonly pool: TenantPool };

/** Renders a TenantPool's workloads, Namespace first (pure). */
export function renderPool(props: PoolChartProps): KubeManifest[] {
  const { pool, ...rest } = props;
  return renderTenant({
    ...rest,
    tenant: poolAsTenant(pool),
    // The per-tenant limiter of the request stack: one pooled tenant cannot starve the others.
    extraConfig: { TENANT_RATE_LIMIT_PER_MINUTE: String(pool.spec.tenantRateLimitPerMinute) },
  });
}

/**
 * The Ingress of a pooled Tenant's domains to its pool's gateway (none without domains): one
 * object per Tenant rather than rules on one shared Ingress, so adding or removing a Tenant writes
 * one small object, never a growing one; ingress controllers merge the rules of every Ingress of
 * a class. `spec.ingress.tlsSecretName` names a Secret in the pool's namespace.
 */
export function pooledTenantIngress(tenant: Tenant, pool: string, owner?: Owner): KubeManifest | undefined {
  const name = tenant.metadata.name as string;
  const domains = tenant.spec.domains ?? [];
  if (!domains.length) return undefined;
  const { className, tlsSecretName } = tenant.spec.ingress;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: pooledIngressName(name),
      namespace: poolNamespace(pool),
      labels: { ...tenantLabels(name, 'gateway'), [POOL_LABEL]: pool },
      ...ownerReferences(owner),
    },
    spec: {
      ...(className ? { ingressClassName: className } : {}),
      ...(tlsSecretName ? { tls: [{ hosts: [...domains], secretName: tlsSecretName }] } : {}),
      rules: domains.map((host) => ({
        host,
        http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { number: HTTP_PORT } } } }] },
      })),
    },
  } as KubeManifest;
}
