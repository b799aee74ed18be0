/**
 * One service of a tenant: Deployment + Service + HorizontalPodAutoscaler (autoscaling/v2) +
 * PodDisruptionBudget. Every Deployment runs the same image as `academy serve --services=<name>`;
 * the HPA owns the replica count, so the Deployment sets none.
 */
import { Construct } from 'constructs';
import { Duration } from 'cdk8s';
import {
  HorizontalPodAutoscaler,
  Metric,
  MetricTarget,
  Protocol,
  Replicas,
  ScalingStrategy,
  Service,
  ServiceType,
  k8s,
  type IScalable,
  type ScalingRules,
  type ScalingTarget,
} from 'cdk8s-plus-28';
import type { ComputeResources, ServiceScaling } from '../../crds/index.ts';
import { CONFIG_HASH_ANNOTATION, HTTP_PORT, ownerReferences, serviceSelector, tenantLabels, type Owner, type ServiceName } from './labels.ts';

/** Name of the tenant's ServiceAccount, ConfigMap and Secrets. */
export const TENANT_SERVICE_ACCOUNT = 'academy';
export const TENANT_CONFIG_MAP = 'academy-config';
export const TENANT_KEYS_SECRET = 'academy-keys';
export const TENANT_DATABASE_SECRET = 'academy-database';
/** Where the shard map file is mounted; the services watch it for changes. */
export const SHARD_MAP_PATH = '/etc/academy/shard-map.json';
/**
 * The platform status the operator mirrors from the Tenant (ConfigMap `academy-platform`, written
 * by the Tenant reconciler, not rendered here); mounted as a file the services watch and serve at
 * `GET /api/v1/admin/platform`. Optional: pods start before the first status is written.
 */
export const TENANT_PLATFORM_CONFIG_MAP = 'academy-platform';
export const PLATFORM_STATUS_KEY = 'platform.json';
export const PLATFORM_STATUS_PATH = `/etc/academy-platform/${PLATFORM_STATUS_KEY}`;
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
  /**
   * A writable `emptyDir` of this size (a Kubernetes quantity) mounted at DATA_DIR, for files the
   * service keeps while they are in flight (unfinished resumable uploads with `fs` storage).
   * @default none: DATA_DIR is not writable (the root filesystem is read-only)
   */
  readonly stagingSize?: string;
}

/** Where a service's DATA_DIR is mounted when it has a staging volume. */
export const STAGING_DATA_DIR = '/var/lib/academy';

const BEHAVIOR_KEYS = new Set(['scaleUp', 'scaleDown']);
const RULE_KEYS = new Set(['stabilizationWindowSeconds', 'selectPolicy', 'policies']);
const POLICY_KEYS = new Set(['type', 'value', 'periodSeconds']);

/** autoscaling/v2 HPAScalingRules as a Tenant writes them (spec.services.<name>.behavior.scaleUp / scaleDown). */
interface ScalingRulesSpec {
  stabilizationWindowSeconds?: number;
  selectPolicy?: 'Max' | 'Min' | 'Disabled';
  policies?: { type: 'Pods' | 'Percent'; value: number; periodSeconds: number }[];
}

/**
 * The API server's defaults for a direction the Tenant leaves out (autoscaling/v2): written out,
 * because cdk8s-plus would otherwise put its own (a scale-down of minReplicas pods per 5 minutes).
 */
const KUBE_DEFAULT_RULES: Record<'scaleUp' | 'scaleDown', ScalingRulesSpec> = {
  scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
  scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
};

const STRATEGIES: Record<string, ScalingStrategy> = { Max: ScalingStrategy.MAX_CHANGE, Min: ScalingStrategy.MIN_CHANGE, Disabled: ScalingStrategy.DISABLED };

/** One direction of the behavior as cdk8s-plus ScalingRules (the spec's, else the API server's defaults). */
function scalingRules(spec: ScalingRulesSpec | undefined, direction: 'scaleUp' | 'scaleDown'): ScalingRules {
  const rules = { ...KUBE_DEFAULT_RULES[direction], ...spec };
  return {
    stabilizationWindow: Duration.seconds(rules.stabilizationWindowSeconds ?? 0),
    strategy: STRATEGIES[rules.selectPolicy ?? 'Max'],
    policies: (rules.policies ?? []).map((p) => ({ replicas: p.type === 'Percent' ? Replicas.percent(p.value) : Replicas.absolute(p.value), duration: Duration.seconds(p.periodSeconds) })),
  };
}

/** The L1 Deployment as cdk8s-plus's HorizontalPodAutoscaler target (see operator/README.md: why the Deployment stays L1). */
class ScalableDeployment implements IScalable {
  hasAutoscaler = false;
  constructor(private readonly name: string) {}
  markHasAutoscaler(): void {
    this.hasAutoscaler = true;
  }
  toScalingTarget(): ScalingTarget {
    // No containers: the HPA scales on an explicit CPU metric, so plus has no container to check.
    return { apiVersion: 'apps/v1', kind: 'Deployment', name: this.name, containers: [] };
  }
}

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
  for (const [direction, rules] of Object.entries(scaling.behavior ?? {}) as [string, Record<string, unknown>][]) {
    const at = `${where}.behavior.${direction}`;
    const extra = Object.keys(rules ?? {}).filter((k) => !RULE_KEYS.has(k));
    if (extra.length) throw new Error(`${at} has unknown fields ${extra.join(', ')} (allowed: ${[...RULE_KEYS].join(', ')})`);
    if (rules.selectPolicy !== undefined && !(String(rules.selectPolicy) in STRATEGIES)) throw new Error(`${at}.selectPolicy must be Max, Min or Disabled, got ${String(rules.selectPolicy)}`);
    const window = rules.stabilizationWindowSeconds;
    if (window !== undefined && (!Number.isInteger(window) || (window as number) < 0 || (window as number) > 3600)) throw new Error(`${at}.stabilizationWindowSeconds must be an integer 0..3600, got ${String(window)}`);
    for (const [i, policy] of ((rules.policies ?? []) as Record<string, unknown>[]).entries()) {
      const bad = Object.keys(policy).filter((k) => !POLICY_KEYS.has(k));
      if (bad.length) throw new Error(`${at}.policies[${i}] has unknown fields ${bad.join(', ')}`);
      if (policy.type !== 'Pods' && policy.type !== 'Percent') throw new Error(`${at}.policies[${i}].type must be Pods or Percent, got ${String(policy.type)}`);
      if (!Number.isInteger(policy.value) || (policy.value as number) < 1) throw new Error(`${at}.policies[${i}].value must be an integer >= 1, got ${String(policy.value)}`);
      const period = policy.periodSeconds;
      if (!Number.isInteger(period) || (period as number) < 1 || (period as number) > 1800) throw new Error(`${at}.policies[${i}].periodSeconds must be an integer 1..1800, got ${String(period)}`);
    }
  }
}

export class ServiceWorkload extends Construct {
  public readonly deployment: k8s.KubeDeployment;
  public readonly service: Service;
  public readonly autoscaler: HorizontalPodAutoscaler;
  public readonly disruptionBudget: k8s.KubePodDisruptionBudget;

  constructor(scope: Construct, id: string, props: ServiceWorkloadProps) {
    super(scope, id);
    const { tenantName, namespace, service, scaling, owner } = props;
    assertScaling(tenantName, service, scaling);
    const staging = props.stagingSize === undefined ? undefined : stagingQuantity(tenantName, service, props.stagingSize);
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
                env: [
                  { name: 'SHARD_MAP', value: SHARD_MAP_PATH },
                  { name: 'PLATFORM_STATUS_FILE', value: PLATFORM_STATUS_PATH },
                  { name: 'SERVICES', value: service },
                  // The proxies in front of this pod that may name the client in X-Forwarded-For: the
                  // Ingress controller for the gateway; the controller and the gateway for a service
                  // (NetworkPolicies admit nothing else). More would let a client choose its own IP.
                  { name: 'TRUST_PROXY', value: service === 'gateway' ? '1' : '2' },
                  ...(staging ? [{ name: 'DATA_DIR', value: STAGING_DATA_DIR }] : []),
                  ...(props.env ?? []),
                ],
                startupProbe: { httpGet: httpGet('/healthz'), periodSeconds: 2, failureThreshold: 60 },
                livenessProbe: { httpGet: httpGet('/healthz'), periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
                readinessProbe: { httpGet: httpGet('/readyz'), periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
                resources: { requests: quantities(scaling.resources.requests), limits: quantities(scaling.resources.limits) },
                securityContext: RESTRICTED_CONTAINER_SECURITY,
                volumeMounts: [
                  { name: 'tmp', mountPath: '/tmp' },
                  { name: 'config', mountPath: '/etc/academy', readOnly: true },
                  { name: 'platform', mountPath: '/etc/academy-platform', readOnly: true },
                  ...(staging ? [{ name: 'staging', mountPath: STAGING_DATA_DIR }] : []),
                ],
              },
            ],
            volumes: [
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
              { name: 'config', configMap: { name: TENANT_CONFIG_MAP, items: [{ key: 'SHARD_MAP', path: 'shard-map.json' }] } },
              { name: 'platform', configMap: { name: TENANT_PLATFORM_CONFIG_MAP, optional: true, items: [{ key: PLATFORM_STATUS_KEY, path: PLATFORM_STATUS_KEY }] } },
              ...(staging ? [{ name: 'staging', emptyDir: { sizeLimit: staging } }] : []),
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

    const behavior = scaling.behavior as { scaleUp?: ScalingRulesSpec; scaleDown?: ScalingRulesSpec } | undefined;
    this.autoscaler = new HorizontalPodAutoscaler(this, 'hpa', {
      metadata,
      target: new ScalableDeployment(service),
      minReplicas: scaling.minReplicas,
      maxReplicas: scaling.maxReplicas,
      metrics: [Metric.resourceCpu(MetricTarget.averageUtilization(scaling.targetCPUUtilization))],
      scaleUp: scalingRules(behavior?.scaleUp, 'scaleUp'),
      scaleDown: scalingRules(behavior?.scaleDown, 'scaleDown'),
    });

    this.disruptionBudget = new k8s.KubePodDisruptionBudget(this, 'pdb', {
      metadata,
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: selector } },
    });
  }
}

/** The staging size as a quantity; anything else throws at synth time naming the value. */
function stagingQuantity(tenantName: string, service: string, size: string): k8s.Quantity {
  if (!/^[1-9][0-9]*(Ki|Mi|Gi|Ti)$/.test(size)) throw new Error(`Tenant ${tenantName}, service ${service}: stagingSize "${size}" must be a binary quantity such as 10Gi`);
  return k8s.Quantity.fromString(size);
}
