import { expect, it } from 'vitest';
import { coursesUrl, loadOperatorConfig, OperatorConfigError } from './config.ts';

it('reads the Helm chart variables and names a bad one', () => {
  const c = loadOperatorConfig({ WATCH_NAMESPACE: 'academy', POD_NAMESPACE: 'ops', POD_NAME: 'op-1', LEADER_ELECTION: 'false', METRICS_PORT: '9090', OPERATOR_IMAGE: 'img:1' });
  expect(c).toMatchObject({ WATCH_NAMESPACE: 'academy', POD_NAMESPACE: 'ops', POD_NAME: 'op-1', LEADER_ELECTION: false, METRICS_PORT: 9090, OPERATOR_IMAGE: 'img:1' });
  expect(coursesUrl(c, 'demo')).toBe('http://gateway.academy-demo.svc.cluster.local:8080');
  expect(() => loadOperatorConfig({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT/);
  expect(() => loadOperatorConfig({ LEASE_RENEW_SECONDS: '20' })).toThrow(OperatorConfigError);
});
