/**
 * One service of a tenant: Deployment + Service + HorizontalPodAutoscaler (autoscaling/v2) +
 * PodDisruptionBudget. Every Deployment runs the same image as `academy serve --services=<name>`;
 * the HPA owns the replica count, so the Deployment sets none.
 */
import { Construct } from 'constructs';
import { Protocol, Service, ServiceType, k8s } from 'cdk8s-plus-28';
import type { ComputeResources, ServiceScaling } from '../../crds/index.ts';
import { CONFIG_HASH_ANNOTATION, HTTP_PORT, ownerReferences, serviceSelector, tenantLabels, type Owner, type ServiceName } from './labels.ts';

/** Name of the tenant's ServiceAccount, ConfigMap and Secrets. */
export const TENANT_SERVICE_ACCOUNT = 'academy';
export const TENANT_CONFIG_MAP = 'academy-config';
export const TENANT_KEYS_SECRET = 'academy-keys';
export const TENANT_DATABASE_SECRET = 'academy-database';
/** Where the shard map file is mounted; the services watch it for changes. */
export const SHARD_MAP_PATH = '/etc/academy/shard-map.json';
/** UID/GID the academy image runs as. */
export const RUN_AS_USER = 10001;
/** Container securityContext of the academy image, tenants' and the operator's: the restricted Pod Security Standard. */
export const RESTRICTED_CONTAINER_SECURITY: k8s.SecurityContext = { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };

export interface ServiceWorkloadProps {
  readonly tenantName: string;
  readonly namespace: string;
  readonly service: ServiceName;
  /** min/max replicas, CPU target, HPA behavior and container resources. */
  readonly scaling: ServiceScaling;
  readonly image: string;
  /** @default IfNotPresent */
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** Environment besides what comes from the ConfigMap and the keys Secret. @default none */
  readonly env?: readonly k8s.EnvVar[];
  /** Hash of the configuration, put on the pod template so a change rolls the pods. @default none */
  readonly configHash?: string;
  /** @default no ownerReferences */
  readonly owner?: Owner;
}

const BEHAVIOR_KEYS = new Set(['scaleUp', 'scaleDown']);

function quantities(amounts: ComputeResources['requests']): Record<string, k8s.Quantity> | undefined {
  const entries = Object.entries(amounts ?? {}).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? Object.fromEntries(entries.map(([k, v]) => [k, k8s.Quantity.fromString(v as string)])) : undefined;
}

/** Throws naming the values when the scaling of a service cannot be realised. */
export function assertScaling(tenantName: string, service: string, scaling: ServiceScaling): void {
  const where = `Tenant ${tenantName}: services.${service}`;
  if (!Number.isInteger(scaling.minReplicas) || scaling.minReplicas < 1) throw new Error(`${where}.minReplicas must be an integer >= 1, got ${scaling.minReplicas}`);
  if (scaling.minReplicas > scaling.maxReplicas) {
    throw new Error(`${where}: minReplicas ${scaling.minReplicas} exceeds maxReplicas ${scaling.maxReplicas}`);
  }
  if (scaling.targetCPUUtilization < 1 || scaling.targetCPUUtilization > 100) {
    throw new Error(`${where}.targetCPUUtilization must be 1..100, got ${scaling.targetCPUUtilization}`);
  }
  if (!scaling.resources.requests?.cpu) throw new Error(`${where}.resources.requests.cpu is empty: the HPA's CPU target is a share of it`);
  const unknown = Object.keys(scaling.behavior ?? {}).filter((k) => !BEHAVIOR_KEYS.has(k));
  if (unknown.length) throw new Error(`${where}.behavior has unknown fields ${unknown.join(', ')} (allowed: scaleUp, scaleDown)`);
}

export class ServiceWorkload extends Construct {
  public readonly deployment: k8s.KubeDeployment;
  public readonly service: Service;
  public readonly autoscaler: k8s.KubeHorizontalPodAutoscalerV2;
  public readonly disruptionBudget: k8s.KubePodDisruptionBudget;

  constructor(scope: Construct, id: string, props: ServiceWorkloadProps) {
    super(scope, id);
    const { tenantName, namespace, service, scaling, owner } = props;
    assertScaling(tenantName, service, scaling);
    const metadata = { name: service, namespace, labels: tenantLabels(tenantName, service), ...ownerReferences(owner) };
    const selector = serviceSelector(tenantName, service);
    const httpGet = (path: string) => ({ path, port: k8s.IntOrString.fromString('http') });

    this.deployment = new k8s.KubeDeployment(this, 'deployment', {
      metadata,
      spec: {
        // No `replicas`: the HorizontalPodAutoscaler below owns the count.
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
        template: {
          metadata: {
            labels: tenantLabels(tenantName, service),
            ...(props.configHash ? { annotations: { [CONFIG_HASH_ANNOTATION]: props.configHash } } : {}),
          },
          spec: {
            serviceAccountName: TENANT_SERVICE_ACCOUNT,
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: RUN_AS_USER,
              runAsGroup: RUN_AS_USER,
              fsGroup: RUN_AS_USER,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            terminationGracePeriodSeconds: 30,
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector } },
            ],
            containers: [
              {
                name: 'academy',
                image: props.image,
                imagePullPolicy: props.imagePullPolicy ?? 'IfNotPresent',
                // --migrate: schema and the tenant's row before serving (pods wait on each other's lock).
                args: ['serve', `--services=${service}`, '--migrate'],
                ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }],
                envFrom: [{ configMapRef: { name: TENANT_CONFIG_MAP } }, { secretRef: { name: TENANT_KEYS_SECRET } }],
                env: [{ name: 'SHARD_MAP', value: SHARD_MAP_PATH }, { name: 'SERVICES', value: service }, ...(props.env ?? [])],
                startupProbe: { httpGet: httpGet('/healthz'), periodSeconds: 2, failureThreshold: 60 },
                livenessProbe: { httpGet: httpGet('/healthz'), periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
                readinessProbe: { httpGet: httpGet('/readyz'), periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
                resources: { requests: quantities(scaling.resources.requests), limits: quantities(scaling.resources.limits) },
                securityContext: RESTRICTED_CONTAINER_SECURITY,
                volumeMounts: [
                  { name: 'tmp', mountPath: '/tmp' },
                  { name: 'config', mountPath: '/etc/academy', readOnly: true },
                ],
              },
            ],
            volumes: [
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
              { name: 'config', configMap: { name: TENANT_CONFIG_MAP, items: [{ key: 'SHARD_MAP', path: 'shard-map.json' }] } },
            ],
          },
        },
      },
    });

    this.service = new Service(this, 'service', {
      metadata,
      type: ServiceType.CLUSTER_IP,
      // cdk8s-plus takes a numeric targetPort: the container's `http` port, by number.
      ports: [{ name: 'http', port: HTTP_PORT, targetPort: HTTP_PORT, protocol: Protocol.TCP }],
    });
    for (const [key, value] of Object.entries(selector)) this.service.selectLabel(key, value);

    this.autoscaler = new k8s.KubeHorizontalPodAutoscalerV2(this, 'hpa', {
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: service },
        minReplicas: scaling.minReplicas,
        maxReplicas: scaling.maxReplicas,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: scaling.targetCPUUtilization } } }],
        ...(scaling.behavior ? { behavior: scaling.behavior as k8s.HorizontalPodAutoscalerBehaviorV2 } : {}),
      },
    });

    this.disruptionBudget = new k8s.KubePodDisruptionBudget(this, 'pdb', {
      metadata,
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: selector } },
    });
  }
}
