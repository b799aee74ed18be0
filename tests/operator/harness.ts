/**
 * The operator against the tests/kube API server loaded with the repository's CRDs (and a
 * CloudNativePG Cluster CRD stand-in), as kubebuilder's envtest suites do.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';
import pino from 'pino';
import { loadCrds } from '../../crds/index.ts';
import { loadOperatorConfig } from '../../operator/config.ts';
import { startOperator, type RunningOperator } from '../../operator/manager.ts';
import { readManifests, startKubeTestServer, type KubeObject, type KubeTestServer, type KubeTestServerOptions } from '../kube/server.ts';
import { fixtures } from '../kube/testkit.ts';
import { ClusterSim } from './cluster-sim.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../crds/samples/', import.meta.url));
export const GROUP_VERSION = 'academy.trendtactics.io/v1alpha1';

/** CRDs (the academy's and CloudNativePG's stand-in) and the namespaces the samples use. */
export function baseObjects(): KubeObject[] {
  return [
    ...(loadCrds() as unknown as KubeObject[]),
    ...readManifests(`${fixtures}cnpg-cluster-crd.yaml`),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'academy' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'academy-system' } },
  ];
}

export function startCluster(opts: KubeTestServerOptions = {}): Promise<KubeTestServer> {
  return startKubeTestServer({ ...opts, objects: [...baseObjects(), ...(opts.objects ?? [])] });
}

/** A kubeconfig for the test server; `token` names the client in its per-client request counts and 429s. */
export function kubeConfigFor(server: KubeTestServer, token = 'test'): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'test', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'operator', token }],
    contexts: [{ name: 'test', cluster: 'test', user: 'operator' }],
    currentContext: 'test',
  });
  return kc;
}

/** Operator settings for tests: no leader election unless asked, quick retries, no periodic resync. */
export function testEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    LEADER_ELECTION: 'false',
    POD_NAMESPACE: 'academy-system',
    POD_NAME: 'operator-test',
    METRICS_PORT: '0',
    METRICS_HOST: '127.0.0.1',
    OPERATOR_IMAGE: 'trendtactics/academy:test',
    RESYNC_SECONDS: '3600',
    PROGRESS_REQUEUE_SECONDS: '60',
    BACKOFF_BASE_SECONDS: '0.05',
    BACKOFF_MAX_SECONDS: '1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WORKERS: '8',
    SHUTDOWN_GRACE_SECONDS: '5',
    // No client-side limit unless a test asks for one (tests/operator/throttle.test.ts does).
    OPERATOR_QPS: '0',
    ...env,
  };
}

export async function startTestOperator(server: KubeTestServer, env: Record<string, string> = {}, serveMetrics = false, token = 'test'): Promise<RunningOperator> {
  const config = loadOperatorConfig(testEnv(env));
  const log = pino({ level: config.LOG_LEVEL });
  return startOperator({ config, log, kubeConfig: kubeConfigFor(server, token), serveMetrics });
}

export function startSim(server: KubeTestServer): Promise<ClusterSim> {
  return new ClusterSim(kubeConfigFor(server)).start();
}

/** Polls `check` until it returns a truthy value; fails naming `what` and the last value seen. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface Cond {
  type: string;
  status: string;
  reason: string;
  message: string;
  observedGeneration?: number;
}

export function condition(obj: KubeObject | undefined, type: string): Cond | undefined {
  return ((obj?.status as { conditions?: Cond[] } | undefined)?.conditions ?? []).find((c) => c.type === type);
}

/** Ready=True for the object's current generation. */
export function ready(obj: KubeObject | undefined): boolean {
  const c = condition(obj, 'Ready');
  return c?.status === 'True' && c.observedGeneration === obj?.metadata.generation;
}

export function academy(server: KubeTestServer, kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
  return server.objects.get(GROUP_VERSION, kind, namespace, name);
}

/** Waits until the operator's queues are empty and nothing is in flight, twice in a row. */
export async function settled(operator: RunningOperator): Promise<void> {
  await waitFor('operator idle', async () => {
    if (!operator.idle()) return false;
    await new Promise((r) => setTimeout(r, 100));
    return operator.idle();
  });
}

export const sample = (file: string): KubeObject => readManifests(`${SAMPLES_DIR}${file}`)[0];

/** Secrets of the managed databases the `managed` sample ShardSet refers to. */
export function managedDatabaseSecrets(): KubeObject[] {
  const secret = (name: string, data: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'academy' }, stringData: data } as KubeObject);
  return [
    secret('managed-pg-1', { 'primary-url': 'postgresql://app:pw@pg-1.example.com:5432/academy', 'replica-url': 'postgresql://app:pw@pg-1-ro.example.com:5432/academy' }),
    secret('managed-pg-2', { url: 'postgresql://app:pw@pg-2.example.com:5432/academy' }),
  ];
}

/** The demo sample Tenant under another name (and spec changes). */
export function tenantNamed(name: string, spec: Record<string, unknown> = {}): KubeObject {
  const t = sample('tenant-demo.yaml');
  return { ...t, metadata: { name }, spec: { ...(t.spec as object), domains: [`${name}.academy.example.com`], ...spec } };
}

/** JSON over HTTP to the test API server (what kubectl or a user would send). */
export async function kubeApi(server: KubeTestServer, method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, { method, headers: { 'Content-Type': contentType }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The real kubectl of this machine, if any (tests that need it are skipped without it). */
export const kubectlPath = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));

/** kubectl bound to `dir()`'s `kubeconfig` and a private discovery cache there; resolves with stdout, throws with stderr. */
export function kubectlIn(dir: () => string): (...args: string[]) => Promise<string> {
  const run = promisify(execFile);
  return async (...args) => {
    try {
      const { stdout } = await run(kubectlPath!, ['--kubeconfig', join(dir(), 'kubeconfig'), '--cache-dir', join(dir(), 'cache'), ...args], { timeout: 20_000 });
      return stdout;
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      throw new Error(`kubectl ${args.join(' ')} failed: ${e.stderr ?? ''}${e.stdout ?? ''}`);
    }
  };
}
