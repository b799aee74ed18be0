/** A kubeconfig pointing at the test server (plain HTTP, any bearer token is accepted). */
import YAML from 'yaml';

export interface KubeconfigOptions {
  /** Context, cluster and user name. @default 'kube-test' */
  name?: string;
  /** Default namespace of the context. @default 'default' */
  namespace?: string;
}

export function kubeconfigYaml(url: string, opts: KubeconfigOptions = {}): string {
  const name = opts.name ?? 'kube-test';
  return YAML.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server: url } }],
    users: [{ name, user: { token: 'kube-test-token' } }],
    contexts: [{ name, context: { cluster: name, user: name, namespace: opts.namespace ?? 'default' } }],
    'current-context': name,
    preferences: {},
  });
}
