/**
 * What a Tenant's status should be, from its Deployments as the API server reports them. There is
 * no kubelet in the test API server: the status fields are what a real cluster's Deployment
 * controller writes (tests write them as a stand-in, see tests/operator/cluster-sim.ts).
 */
import { SERVICE_NAMES } from '../constructs/index.ts';
import type { ServiceStatus } from '../../crds/index.ts';

export interface DeploymentState {
  metadata: { generation?: number };
  status?: { observedGeneration?: number; replicas?: number; readyReplicas?: number; availableReplicas?: number };
}

/**
 * A service is ready when its Deployment's controller has seen the current spec
 * (`status.observedGeneration >= metadata.generation`) and at least one replica is ready.
 */
function serviceStatus(name: string, deployment: DeploymentState | undefined): ServiceStatus {
  if (!deployment) return { name, ready: false, replicas: 0, readyReplicas: 0 };
  const s = deployment.status ?? {};
  const observed = (s.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 1);
  const readyReplicas = s.readyReplicas ?? 0;
  return { name, ready: observed && readyReplicas >= 1, replicas: s.replicas ?? 0, readyReplicas };
}

export function servicesStatus(lookup: (service: string) => DeploymentState | undefined): ServiceStatus[] {
  return SERVICE_NAMES.map((name) => serviceStatus(name, lookup(name)));
}
