/**
 * The defaults kube-apiserver fills into built-ins on write, for the kinds the operator renders.
 * They matter to tests: an operator that diffs its desired object against the stored one field by
 * field (instead of using server-side apply) sees these as drift, as it would on a real cluster.
 */
import type { KubeObject } from './types.ts';
import { isPlainObject } from './util.ts';

type Obj = Record<string, unknown>;

/** The object at `obj[key]`, created empty when absent. */
function child(obj: Obj, key: string): Obj {
  if (!isPlainObject(obj[key])) obj[key] = {};
  return obj[key] as Obj;
}

function fill(obj: Obj, defaults: Obj): void {
  for (const [key, value] of Object.entries(defaults)) if (obj[key] === undefined) obj[key] = value;
}

function list(obj: Obj, key: string): Obj[] {
  const value = obj[key];
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function defaultProbe(probe: unknown): void {
  if (!isPlainObject(probe)) return;
  fill(probe, { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  if (isPlainObject(probe.httpGet)) fill(probe.httpGet, { scheme: 'HTTP' });
}

function defaultContainer(c: Obj): void {
  const image = typeof c.image === 'string' ? c.image : '';
  const tag = image.includes('@') ? 'digest' : (image.split('/').pop() ?? '').split(':')[1];
  fill(c, {
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent',
    resources: {},
  });
  list(c, 'ports').forEach((p) => fill(p, { protocol: 'TCP' }));
  ['livenessProbe', 'readinessProbe', 'startupProbe'].forEach((k) => defaultProbe(c[k]));
}

export function defaultPodTemplate(template: Obj): void {
  const spec = child(template, 'spec');
  fill(spec, { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', securityContext: {}, schedulerName: 'default-scheduler' });
  [...list(spec, 'containers'), ...list(spec, 'initContainers')].forEach(defaultContainer);
}

export function defaultDeployment(obj: KubeObject): void {
  const spec = child(obj, 'spec');
  fill(spec, { replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 });
  const strategy = child(spec, 'strategy');
  fill(strategy, { type: 'RollingUpdate' });
  if (strategy.type === 'RollingUpdate') fill(child(strategy, 'rollingUpdate'), { maxUnavailable: '25%', maxSurge: '25%' });
  defaultPodTemplate(child(spec, 'template'));
}

export function defaultService(obj: KubeObject, clusterIp: () => string): void {
  const spec = child(obj, 'spec');
  fill(spec, { type: 'ClusterIP', sessionAffinity: 'None' });
  if (spec.type !== 'ExternalName') {
    if (spec.clusterIP === undefined || spec.clusterIP === '') spec.clusterIP = clusterIp();
    fill(spec, { clusterIPs: [spec.clusterIP], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' });
  }
  list(spec, 'ports').forEach((p) => fill(p, { protocol: 'TCP', targetPort: p.port }));
}

export function defaultHorizontalPodAutoscaler(obj: KubeObject): void {
  const spec = child(obj, 'spec');
  fill(spec, { minReplicas: 1 });
  if (!Array.isArray(spec.metrics) || spec.metrics.length === 0) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];
  }
  if (!isPlainObject(spec.behavior)) return;
  const up = child(spec.behavior, 'scaleUp');
  fill(up, { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] });
  fill(child(spec.behavior, 'scaleDown'), { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });
}

export function defaultNetworkPolicy(obj: KubeObject): void {
  const spec = child(obj, 'spec');
  if (spec.policyTypes === undefined) spec.policyTypes = spec.egress === undefined ? ['Ingress'] : ['Ingress', 'Egress'];
}
