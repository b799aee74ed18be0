/**
 * The Tenant's platform view, mirrored into the ConfigMap `academy-platform` in its namespace:
 * the services mount it as a file (PLATFORM_STATUS_FILE) and serve it at
 * `GET /api/v1/admin/platform` (services/users/platform/). It carries the Tenant's status (conditions,
 * services with replicas) and each service's autoscaler (bounds from the spec, current/desired
 * replicas and conditions from the HPA's status). Written after the status, by the same hashed
 * server-side apply as every owned object: an unchanged view writes nothing.
 */
import type { ServiceStatus, Tenant, TenantStatus } from '../../crds/index.ts';
import { PLATFORM_STATUS_KEY, TENANT_PLATFORM_CONFIG_MAP, ownerOf, ownerReferences, tenantLabels, type KubeManifest } from '../constructs/index.ts';
import { ensureObjects } from '../apply.ts';
import type { ReconcileContext } from '../context.ts';

interface HpaCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** The part of an HPA's status the platform view shows. */
export interface AutoscalerStatus {
  currentReplicas?: number;
  desiredReplicas?: number;
  conditions: HpaCondition[];
}

/**
 * What the operator caches of an HPA's status: replica counts and conditions, without metrics
 * or timestamps, which change with every CPU reading and would wake the Tenant's reconcile each
 * time (the owned-object watch compares cached statuses).
 */
export function slimAutoscalerStatus(status: unknown): AutoscalerStatus {
  const s = (status ?? {}) as Partial<AutoscalerStatus>;
  return {
    ...(typeof s.currentReplicas === 'number' ? { currentReplicas: s.currentReplicas } : {}),
    ...(typeof s.desiredReplicas === 'number' ? { desiredReplicas: s.desiredReplicas } : {}),
    conditions: (s.conditions ?? []).map(({ type, status, reason, message }) => ({ type, status, ...(reason ? { reason } : {}), ...(message ? { message } : {}) })),
  };
}

export interface PlatformDocument {
  tenant: string;
  observedGeneration?: number;
  conditions: NonNullable<TenantStatus['conditions']>;
  services: (ServiceStatus & { autoscaler?: { minReplicas: number; maxReplicas: number; targetCPUUtilization: number } & Partial<AutoscalerStatus> })[];
  shardSet: { namespace: string; name: string };
}

/** The view of a Tenant (defaults applied) with the status it has now. Pure. */
export function platformDocument(tenant: Tenant, status: TenantStatus, autoscalerOf: (service: string) => AutoscalerStatus | undefined): PlatformDocument {
  const scalingOf = tenant.spec.services as unknown as Record<string, { minReplicas: number; maxReplicas: number; targetCPUUtilization: number } | undefined>;
  return {
    tenant: tenant.metadata.name as string,
    ...(status.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
    conditions: status.conditions ?? [],
    services: (status.services ?? []).map((s) => {
      const scaling = scalingOf[s.name];
      if (!scaling) return s;
      const { minReplicas, maxReplicas, targetCPUUtilization } = scaling;
      return { ...s, autoscaler: { minReplicas, maxReplicas, targetCPUUtilization, ...autoscalerOf(s.name) } };
    }),
    shardSet: { namespace: tenant.spec.shardSetRef.namespace, name: tenant.spec.shardSetRef.name },
  };
}

export function platformConfigMap(tenant: Tenant, namespace: string, doc: PlatformDocument): KubeManifest {
  const name = tenant.metadata.name as string;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: TENANT_PLATFORM_CONFIG_MAP, namespace, labels: tenantLabels(name, 'platform'), ...ownerReferences(ownerOf(tenant)) },
    data: { [PLATFORM_STATUS_KEY]: JSON.stringify(doc, null, 2) },
  };
}

/** Applies the platform ConfigMap of a Tenant from the status just written (nothing when unchanged). */
export async function publishPlatform(ctx: ReconcileContext, tenant: Tenant, namespace: string, status: TenantStatus): Promise<void> {
  const hpas = ctx.owned.get('HorizontalPodAutoscaler');
  const doc = platformDocument(tenant, status, (service) => {
    const hpa = hpas?.get(namespace, service);
    return hpa?.status ? slimAutoscalerStatus(hpa.status) : undefined;
  });
  await ensureObjects(ctx.client, ctx.owned, [platformConfigMap(tenant, namespace, doc)]);
}
