/**
 * The operator's own installation: ServiceAccount, least-privilege RBAC, the Deployment
 * (`academy operator`, two replicas behind Lease leader election) and the metrics Service.
 * The Helm chart's templates are generated from this construct (charts/generate.ts), so the RBAC
 * and the Deployment have one source.
 */
import { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { GROUP } from '../../crds/index.ts';
import type { KubeManifest } from './shardset-chart.ts';
import { RESTRICTED_CONTAINER_SECURITY, RUN_AS_USER } from './service-workload.ts';

export const OPERATOR_NAME = 'academy-operator';
/** Port of the operator's /metrics, /healthz and /readyz. */
export const OPERATOR_METRICS_PORT = 8081;

export interface OperatorChartProps {
  /** Namespace the operator runs in (its Lease lives there too). */
  readonly namespace: string;
  /** Full image reference, e.g. `trendtactics/academy:0.1.0`. */
  readonly image: string;
  /** @default 'IfNotPresent' */
  readonly imagePullPolicy?: string;
  /** Replicas; one leads through a Lease, the others wait. @default 2 */
  readonly replicas?: number;
  /** Container resources. @default requests 100m CPU / 128Mi, limit 512Mi memory */
  readonly resources?: { readonly requests: { readonly cpu: string; readonly memory: string }; readonly limits: { readonly memory: string } };
  /** Watch only this namespace for academy resources. @default '' (all namespaces) */
  readonly watchNamespace?: string;
}

/** One RBAC rule: API group, resources, verbs. */
export interface RbacRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/** Create/update by server-side apply, read and watch, prune what is no longer wanted. */
const MANAGE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] as const;

/**
 * Cluster-wide permissions of the operator — exactly what it needs. Secrets are read in ShardSet
 * namespaces (CloudNativePG credentials) and written in tenant namespaces, so they are cluster-wide.
 */
export const OPERATOR_CLUSTER_RULES: readonly RbacRule[] = [
  { apiGroups: [GROUP], resources: ['shardsets', 'tenants', 'courses', 'tenantpools'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
  { apiGroups: [GROUP], resources: ['shardsets/status', 'tenants/status', 'courses/status', 'tenantpools/status'], verbs: ['get', 'update', 'patch'] },
  { apiGroups: [GROUP], resources: ['shardsets/finalizers', 'tenants/finalizers', 'courses/finalizers', 'tenantpools/finalizers'], verbs: ['update'] },
  { apiGroups: [''], resources: ['namespaces', 'configmaps', 'secrets', 'serviceaccounts', 'services'], verbs: MANAGE },
  { apiGroups: ['apps'], resources: ['deployments'], verbs: MANAGE },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: MANAGE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: MANAGE },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'], verbs: MANAGE },
  { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: MANAGE },
  // Shard moves: a Job per move, with a ServiceAccount and a Role that lets it annotate its own Job.
  { apiGroups: ['batch'], resources: ['jobs'], verbs: MANAGE },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: MANAGE },
  { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch'] },
];

/** Permissions in the operator's own namespace only: its leader-election Lease. */
export const OPERATOR_NAMESPACE_RULES: readonly RbacRule[] = [
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
];

function labels(): Record<string, string> {
  return {
    'app.kubernetes.io/name': OPERATOR_NAME,
    'app.kubernetes.io/component': 'operator',
    'app.kubernetes.io/part-of': 'academy',
    'app.kubernetes.io/managed-by': 'Helm',
  };
}

const selector = { 'app.kubernetes.io/name': OPERATOR_NAME, 'app.kubernetes.io/component': 'operator' };
const rules = (list: readonly RbacRule[]): k8s.PolicyRule[] => list.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] }));

export class OperatorChart extends Chart {
  constructor(scope: Construct, id: string, props: OperatorChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { namespace } = props;
    const metadata = { name: OPERATOR_NAME, namespace, labels: labels() };
    const subject = { kind: 'ServiceAccount', name: OPERATOR_NAME, namespace };
    const resources = props.resources ?? { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } };
    const probe = (path: string) => ({ httpGet: { path, port: k8s.IntOrString.fromString('metrics') } });

    new k8s.KubeServiceAccount(this, 'service-account', { metadata });
    new k8s.KubeClusterRole(this, 'cluster-role', { metadata: { name: OPERATOR_NAME, labels: labels() }, rules: rules(OPERATOR_CLUSTER_RULES) });
    new k8s.KubeClusterRoleBinding(this, 'cluster-role-binding', {
      metadata: { name: OPERATOR_NAME, labels: labels() },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: OPERATOR_NAME },
      subjects: [subject],
    });
    new k8s.KubeRole(this, 'role', { metadata: { ...metadata, name: `${OPERATOR_NAME}-leader-election` }, rules: rules(OPERATOR_NAMESPACE_RULES) });
    new k8s.KubeRoleBinding(this, 'role-binding', {
      metadata: { ...metadata, name: `${OPERATOR_NAME}-leader-election` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${OPERATOR_NAME}-leader-election` },
      subjects: [subject],
    });

    new k8s.KubeDeployment(this, 'deployment', {
      metadata,
      spec: {
        replicas: props.replicas ?? 2,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: labels() },
          spec: {
            serviceAccountName: OPERATOR_NAME,
            securityContext: { runAsNonRoot: true, runAsUser: RUN_AS_USER, runAsGroup: RUN_AS_USER, seccompProfile: { type: 'RuntimeDefault' } },
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector } },
            ],
            containers: [
              {
                name: 'operator',
                image: props.image,
                imagePullPolicy: props.imagePullPolicy ?? 'IfNotPresent',
                args: ['operator'],
                env: [
                  { name: 'WATCH_NAMESPACE', value: props.watchNamespace ?? '' },
                  { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                  { name: 'LEADER_ELECTION', value: 'true' },
                  { name: 'METRICS_PORT', value: String(OPERATOR_METRICS_PORT) },
                  // Tenants without spec.image run the operator's own image.
                  { name: 'OPERATOR_IMAGE', value: props.image },
                ],
                ports: [{ name: 'metrics', containerPort: OPERATOR_METRICS_PORT, protocol: 'TCP' }],
                livenessProbe: { ...probe('/healthz'), periodSeconds: 10, failureThreshold: 3 },
                readinessProbe: { ...probe('/readyz'), periodSeconds: 5, failureThreshold: 3 },
                resources: {
                  requests: { cpu: k8s.Quantity.fromString(resources.requests.cpu), memory: k8s.Quantity.fromString(resources.requests.memory) },
                  limits: { memory: k8s.Quantity.fromString(resources.limits.memory) },
                },
                securityContext: RESTRICTED_CONTAINER_SECURITY,
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    });

    new k8s.KubeService(this, 'metrics', {
      metadata: { ...metadata, name: `${OPERATOR_NAME}-metrics` },
      spec: { selector, ports: [{ name: 'metrics', port: OPERATOR_METRICS_PORT, targetPort: k8s.IntOrString.fromString('metrics'), protocol: 'TCP' }] },
    });
  }
}

/** Renders the operator installation (pure). */
export function renderOperator(props: OperatorChartProps): KubeManifest[] {
  return new OperatorChart(new App(), 'operator', props).toJson() as KubeManifest[];
}
