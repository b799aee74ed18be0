/**
 * A stand-in for what a real cluster runs besides the API server, which the test API server does
 * not: the Deployment controller + kubelets (a Deployment's status reports its pods ready once it
 * exists: `replicas = readyReplicas = availableReplicas = ` the HPA's minReplicas, observedGeneration
 * = generation), the HPA controller (at rest at minReplicas) and CloudNativePG (a Cluster reports all instances ready and its `<name>-app`
 * Secret with the application user's credentials appears). It writes only through the API, as
 * those controllers do, with its own field manager. `pause()` stops it (pods "not ready" yet).
 */
import { Agent, request } from 'node:http';
import pino from 'pino';
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeClient, isConflict, isNotFound } from '../../operator/kube/client.ts';
import { Informer } from '../../operator/kube/informer.ts';
import type { KubeObject } from '../../operator/kube/types.ts';

const MANAGED = 'app.kubernetes.io/managed-by=academy-operator';

export class ClusterSim {
  private readonly client: KubeClient;
  private readonly server: string;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 16 });
  private readonly deployments: Informer;
  private readonly hpas: Informer;
  private readonly clusters: Informer;
  private paused = false;
  private stopping = false;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(kc: KubeConfig) {
    const log = pino({ level: 'silent' });
    this.client = new KubeClient(kc);
    // The test API server: plain HTTP, any token.
    this.server = kc.getCurrentCluster()!.server;
    this.deployments = new Informer(this.client, { apiVersion: 'apps/v1', kind: 'Deployment', labelSelector: MANAGED, log });
    this.hpas = new Informer(this.client, { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', labelSelector: MANAGED, log });
    this.clusters = new Informer(this.client, { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', labelSelector: MANAGED, log });
    this.deployments.on((event, obj) => event !== 'delete' && this.track(() => this.markDeployment(this.latest(this.deployments, obj))));
    this.clusters.on((event, obj) => event !== 'delete' && this.track(() => this.markCluster(this.latest(this.clusters, obj))));
    this.hpas.on((event, obj) => {
      if (event !== 'delete') this.track(() => this.markAutoscaler(this.latest(this.hpas, obj)));
      const d = event !== 'delete' && this.deployments.get(obj.metadata.namespace, obj.metadata.name);
      if (d) this.track(() => this.markDeployment(this.latest(this.deployments, d)));
    });
  }

  async start(): Promise<this> {
    await this.hpas.start();
    await Promise.all([this.deployments.start(), this.clusters.start()]);
    return this;
  }

  pause(): void {
    this.paused = true;
  }

  /** Resumes and brings everything seen so far up to date. */
  resume(): void {
    this.paused = false;
    this.deployments.list().forEach((d) => this.track(() => this.markDeployment(this.latest(this.deployments, d))));
    this.hpas.list().forEach((h) => this.track(() => this.markAutoscaler(this.latest(this.hpas, h))));
    this.clusters.list().forEach((c) => this.track(() => this.markCluster(this.latest(this.clusters, c))));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.pending]);
    await Promise.all([this.deployments.stop(), this.hpas.stop(), this.clusters.stop()]);
    this.client.close();
    this.agent.destroy();
  }

  /**
   * Runs a write as a controller's work queue would: a failed one (a reset connection, a 429 of
   * the API server under load) is tried again with backoff, from the newest copy of the object,
   * instead of being dropped — a dropped Deployment status left a Tenant waiting for ever.
   */
  private track(write: () => Promise<unknown>): void {
    const attempt = async () => {
      for (let n = 0; ; n++) {
        try {
          return await write();
        } catch (err) {
          if (n >= 8 || this.stopping) throw err;
          await new Promise((r) => setTimeout(r, Math.min(2_000, 50 * 2 ** n)));
        }
      }
    };
    const tracked = attempt().catch(() => {}).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** The informer's newest copy of an object (a retry must not write from a stale one). */
  private latest(informer: Informer, obj: KubeObject): KubeObject {
    return informer.get(obj.metadata.namespace, obj.metadata.name) ?? obj;
  }

  private async markDeployment(d: KubeObject): Promise<void> {
    if (this.paused || d.metadata.deletionTimestamp) return;
    const status = (d.status ?? {}) as { observedGeneration?: number; readyReplicas?: number };
    const hpa = this.hpas.get(d.metadata.namespace, d.metadata.name) as { spec?: { minReplicas?: number } } | undefined;
    const replicas = hpa?.spec?.minReplicas ?? 1;
    if (status.observedGeneration === d.metadata.generation && status.readyReplicas === replicas) return;
    const next = { observedGeneration: d.metadata.generation, replicas, readyReplicas: replicas, availableReplicas: replicas, updatedReplicas: replicas };
    // Straight over HTTP, as the Deployment controller writes it: the operator's client writes no
    // Deployment status (and client-node would parse every answer into its models: measured as the
    // benchmark's largest cost of this simulator).
    // (node:http with keep-alive: the global fetch cost the simulator more CPU than the API server's work.)
    const code = await new Promise<number>((resolve, reject) => {
      const req = request(new URL(`/apis/apps/v1/namespaces/${d.metadata.namespace}/deployments/${d.metadata.name}/status?fieldManager=cluster-sim`, this.server), {
        method: 'PATCH',
        agent: this.agent,
        headers: { 'Content-Type': 'application/merge-patch+json', Accept: 'application/json' },
      });
      req.once('error', reject);
      req.once('response', (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      });
      req.end(JSON.stringify({ status: next }));
    });
    if (code >= 300 && code !== 404) throw new Error(`Deployment status of ${d.metadata.namespace}/${d.metadata.name}: ${code}`);
  }

  /** The HPA controller: at rest at minReplicas, with the conditions and a CPU reading a real one reports. */
  private async markAutoscaler(h: KubeObject): Promise<void> {
    if (this.paused || h.metadata.deletionTimestamp) return;
    const replicas = (h.spec as { minReplicas?: number } | undefined)?.minReplicas ?? 1;
    const status = (h.status ?? {}) as { currentReplicas?: number; desiredReplicas?: number };
    if (status.currentReplicas === replicas && status.desiredReplicas === replicas) return;
    const now = new Date().toISOString();
    const next = {
      currentReplicas: replicas,
      desiredReplicas: replicas,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 12, averageValue: '12m' } } }],
      conditions: [
        { type: 'AbleToScale', status: 'True', reason: 'ReadyForNewScale', message: 'recommended size matches current size', lastTransitionTime: now },
        { type: 'ScalingActive', status: 'True', reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)', lastTransitionTime: now },
      ],
    };
    try {
      await this.client.patch('autoscaling/v2', 'HorizontalPodAutoscaler', h.metadata.namespace, h.metadata.name, 'merge', { status: next }, 'status');
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  private async markCluster(c: KubeObject): Promise<void> {
    if (this.paused || c.metadata.deletionTimestamp) return;
    const namespace = c.metadata.namespace as string;
    const name = c.metadata.name;
    try {
      await this.client.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `${name}-app`, namespace, labels: { 'cnpg.io/cluster': name } }, type: 'kubernetes.io/basic-auth', stringData: { username: 'app', password: `pw-${name}` } });
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
    const instances = (c.spec as { instances?: number } | undefined)?.instances ?? 1;
    const status = (c.status ?? {}) as { readyInstances?: number };
    if (status.readyInstances === instances) return;
    await this.client.patch('postgresql.cnpg.io/v1', 'Cluster', namespace, name, 'merge', { status: { instances, readyInstances: instances, phase: 'Cluster in healthy state', currentPrimary: `${name}-1` } }, 'status');
  }
}
