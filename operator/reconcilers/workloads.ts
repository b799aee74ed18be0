/**
 * The workloads a dedicated Tenant and a TenantPool share: render them (skipped when the inputs and
 * every owned object's hash are unchanged — cdk8s synthesis is the operator's costliest step),
 * apply what differs, and read the services' readiness back from the Deployments.
 */
import { createHash } from 'node:crypto';
import { REASONS, type ServiceStatus } from '../../crds/index.ts';
import type { KubeManifest } from '../constructs/index.ts';
import { allUpToDate, countSkipped, ensureObjects, type AppliedRef } from '../apply.ts';
import type { ReconcileContext } from '../context.ts';
import type { OwnedKind } from '../controller.ts';
import { TENANT_KEYS_SECRET } from '../constructs/index.ts';
import type { ConditionSpec } from '../status.ts';
import { errorMessage } from './common.ts';
import { servicesStatus, type DeploymentState } from './tenant-status.ts';

/** Per object (held by its controller): a fingerprint of what the last render was made from, and the objects (with hashes) it gave. */
export type LastRender = { inputs: string; objects: AppliedRef[] };
export type Renders = Map<string, LastRender>;

/**
 * Renders with `render` unless `inputs` (anything the render reads) and the owned objects are as
 * last time, and applies what differs. Returns the render's error message (the spec cannot be
 * realised: InvalidSpec), or undefined.
 */
export async function ensureRendered(ctx: ReconcileContext, renders: Renders, key: string, inputs: unknown, render: () => KubeManifest[]): Promise<string | undefined> {
  const fingerprint = createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
  const last = renders.get(key);
  if (last?.inputs === fingerprint && allUpToDate(ctx.owned, last.objects)) {
    countSkipped(ctx.metrics.writesSkipped, last.objects);
    return undefined;
  }
  renders.delete(key);
  let manifests: KubeManifest[];
  try {
    manifests = render();
  } catch (err) {
    return errorMessage(err);
  }
  const ensured = await ensureObjects(ctx.client, ctx.owned, manifests, ctx.metrics.writesSkipped);
  renders.set(key, { inputs: fingerprint, objects: ensured.objects });
  return undefined;
}

export interface ServicesObserved {
  services: ServiceStatus[];
  readyServices: number;
  notReady: string[];
  /** The ServicesAvailable condition they give. */
  available: ConditionSpec;
}

/** Readiness of every service's Deployment in `namespace`. */
export function observeServices(ctx: ReconcileContext, namespace: string): ServicesObserved {
  const deployments = ctx.owned.get('Deployment');
  const services = servicesStatus((s) => deployments?.get(namespace, s) as DeploymentState | undefined);
  const readyServices = services.filter((s) => s.ready).length;
  const notReady = services.filter((s) => !s.ready).map((s) => s.name);
  const available: ConditionSpec = notReady.length
    ? { type: 'ServicesAvailable', status: 'False', reason: REASONS.Progressing, message: `${readyServices}/${services.length} services ready; waiting for ${notReady.join(', ')}` }
    : { type: 'ServicesAvailable', status: 'True', reason: REASONS.Reconciled, message: `${readyServices}/${services.length} services ready` };
  return { services, readyServices, notReady, available };
}

/** What a Tenant and a TenantPool apply (a pooled Tenant: only an Ingress in its pool's namespace). */
export const WORKLOAD_KINDS: readonly OwnedKind[] = [
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
];
