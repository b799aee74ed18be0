import { expect, it } from 'vitest';
import { coursesUrl, loadOperatorConfig, OperatorConfigError } from './config.ts';

it('reads the Helm chart variables and names a bad one', () => {
  const c = loadOperatorConfig({ WATCH_NAMESPACE: 'academy', POD_NAMESPACE: 'ops', POD_NAME: 'op-1', LEADER_ELECTION: 'false', METRICS_PORT: '9090', OPERATOR_IMAGE: 'img:1' });
  expect(c).toMatchObject({ WATCH_NAMESPACE: 'academy', POD_NAMESPACE: 'ops', POD_NAME: 'op-1', LEADER_ELECTION: false, METRICS_PORT: 9090, OPERATOR_IMAGE: 'img:1' });
  expect(coursesUrl(c, 'demo')).toBe('http://gateway.academy-demo.svc.cluster.local:8080');
  expect(() => loadOperatorConfig({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT/);
  expect(() => loadOperatorConfig({ LEASE_RENEW_SECONDS: '20' })).toThrow(OperatorConfigError);
});

it('runs leader election in a cluster or when asked, and not for a local run unless asked', () => {
  expect(loadOperatorConfig({ KUBECONFIG: '/tmp/kc' }).LEADER_ELECTION).toBe(false);
  expect(loadOperatorConfig({ KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' }).LEADER_ELECTION).toBe(true);
  expect(loadOperatorConfig({ KUBECONFIG: '/tmp/kc', LEADER_ELECTION: 'true' }).LEADER_ELECTION).toBe(true);
  expect(loadOperatorConfig({ KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443', LEADER_ELECTION: 'false' }).LEADER_ELECTION).toBe(false);
});
