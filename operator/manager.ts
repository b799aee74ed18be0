/**
 * The operator's machinery: informers per kind -> filter -> a keyed queue per kind -> workers ->
 * reconcilers; a periodic resync; Lease leader election; metrics and health. Reconcile logic lives
 * in ./reconcilers, rendering in ./constructs.
 */
import { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { API_VERSION, REASONS, findCondition, type Condition } from '../crds/index.ts';
import { MANAGED_BY, TENANT_KEYS_SECRET } from './constructs/index.ts';
import { APPLIED_HASH_ANNOTATION } from './apply.ts';
import type { OperatorConfig } from './config.ts';
import type { Outcome, ReconcileContext, ResolvedShardSet } from './context.ts';
import { KubeClient, isConflict } from './kube/client.ts';
import { EventRecorder } from './kube/events.ts';
import { Informer, type InformerEvent } from './kube/informer.ts';
import { LeaderElector } from './kube/leader.ts';
import type { KubeObject } from './kube/types.ts';
import { OperatorMetrics, startMetricsServer } from './metrics.ts';
import { WorkQueue } from './queue.ts';
import { coursesOf, errorMessage, keyOf, splitKey, writeStatus } from './reconcilers/common.ts';
import { reconcileCourse } from './reconcilers/course.ts';
import { reconcileShardSet } from './reconcilers/shardset.ts';
import { reconcileTenant } from './reconcilers/tenant.ts';
import { slimAutoscalerStatus } from './reconcilers/tenant-platform.ts';
import { conditionsAt, jsonEqual, summaryConditions } from './status.ts';

type PrimaryKind = 'ShardSet' | 'Tenant' | 'Course';
const PRIMARY: readonly PrimaryKind[] = ['ShardSet', 'Tenant', 'Course'];

/** The kinds the operator applies, watched by its managed-by label. */
const OWNED: ReadonlyArray<{ apiVersion: string; kind: string; keepStatus?: boolean; optional?: boolean }> = [
  { apiVersion: 'v1', kind: 'Namespace' },
  { apiVersion: 'v1', kind: 'ConfigMap' },
  { apiVersion: 'v1', kind: 'Secret' },
  { apiVersion: 'v1', kind: 'ServiceAccount' },
  { apiVersion: 'v1', kind: 'Service' },
  { apiVersion: 'apps/v1', kind: 'Deployment', keepStatus: true },
  { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', keepStatus: true },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
  { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', keepStatus: true, optional: true },
];

/** Owned objects are cached slim: identity, owners, the applied-hash annotation, and the status the operator reads. */
function slimOwned(keepStatus: boolean) {
  return (obj: KubeObject): KubeObject => {
    const { name, namespace, uid, resourceVersion, generation, deletionTimestamp, ownerReferences, annotations } = obj.metadata;
    const hash = annotations?.[APPLIED_HASH_ANNOTATION];
    const slim: KubeObject = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      metadata: { name, namespace, uid, resourceVersion, generation, deletionTimestamp, ownerReferences, ...(hash ? { annotations: { [APPLIED_HASH_ANNOTATION]: hash } } : {}) },
    };
    if (keepStatus && obj.status) slim.status = obj.kind === 'HorizontalPodAutoscaler' ? slimAutoscalerStatus(obj.status) : obj.status;
    // The tenant keys are read back on every render (they must never be regenerated).
    if (obj.kind === 'Secret' && name === TENANT_KEYS_SECRET) slim.data = obj.data;
    return slim;
  };
}

export interface OperatorOptions {
  config: OperatorConfig;
  log: Logger;
  /** @default loaded from KUBECONFIG / ~/.kube/config / in-cluster */
  kubeConfig?: KubeConfig;
  /** Serve /metrics, /healthz, /readyz. @default true */
  serveMetrics?: boolean;
}

export interface RunningOperator {
  metrics: OperatorMetrics;
  /** Port of the metrics server (0 when not serving). */
  metricsPort: number;
  /** Resolves when this replica leads and its informers synced. */
  leading: Promise<boolean>;
  /** Resolves with the exit code once the operator stops (stop() or a lost Lease). */
  stopped: Promise<number>;
  isLeader(): boolean;
  /** Enqueues every ShardSet, Tenant and Course now, as the periodic resync does. */
  resyncNow(): void;
  /** Whether no key waits or is in flight (delayed requeues may be pending). */
  idle(): boolean;
  stop(): Promise<void>;
}

function loadKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromDefault();
  return kc;
}

export async function startOperator(opts: OperatorOptions): Promise<RunningOperator> {
  const { config, log } = opts;
  const client = new KubeClient(opts.kubeConfig ?? loadKubeConfig());
  const metrics = new OperatorMetrics(opts.serveMetrics !== false);
  client.observe = (verb, resource, code) => metrics.apiRequests.inc({ verb, resource, code: String(code) });
  const events = new EventRecorder(client, config.POD_NAME, log);
  const relistIntervalMs = config.RELIST_SECONDS * 1000;
  const watchNamespace = config.WATCH_NAMESPACE || undefined;
  const informerLog = log.child({ component: 'informer' });

  const primary = (kind: PrimaryKind, namespaced: boolean) =>
    new Informer(client, { apiVersion: API_VERSION, kind, namespace: namespaced ? watchNamespace : undefined, relistIntervalMs, log: informerLog });
  const shardSets = primary('ShardSet', true);
  const tenants = primary('Tenant', false);
  const courses = primary('Course', true);
  const owned = new Map<string, Informer>(
    OWNED.map((o) => [
      o.kind,
      new Informer(client, { apiVersion: o.apiVersion, kind: o.kind, labelSelector: `app.kubernetes.io/managed-by=${MANAGED_BY}`, transform: slimOwned(Boolean(o.keepStatus)), optional: o.optional, relistIntervalMs, log: informerLog }),
    ]),
  );

  const queueOpts = { baseDelayMs: config.BACKOFF_BASE_SECONDS * 1000, maxDelayMs: config.BACKOFF_MAX_SECONDS * 1000 };
  const queues: Record<PrimaryKind, WorkQueue> = { ShardSet: new WorkQueue(queueOpts), Tenant: new WorkQueue(queueOpts), Course: new WorkQueue(queueOpts) };
  const resolved = new Map<string, ResolvedShardSet>();
  const ctx: ReconcileContext = {
    client,
    config,
    log,
    events,
    metrics,
    shardSets,
    tenants,
    courses,
    owned,
    resolved,
    enqueue: (kind, key) => queues[kind].add(key),
    now: () => new Date(),
  };
  const caches: Record<PrimaryKind, Informer> = { ShardSet: shardSets, Tenant: tenants, Course: courses };
  const reconcilers: Record<PrimaryKind, (c: ReconcileContext, key: string) => Promise<Outcome>> = { ShardSet: reconcileShardSet, Tenant: reconcileTenant, Course: reconcileCourse };

  wireEvents(ctx, queues, log);

  let stopping = false;
  let leading = false;
  let resolveStopped!: (code: number) => void;
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));
  const elector = config.LEADER_ELECTION
    ? new LeaderElector(client, {
        namespace: config.POD_NAMESPACE,
        name: config.LEASE_NAME,
        identity: config.POD_NAME,
        durationMs: config.LEASE_DURATION_SECONDS * 1000,
        renewMs: config.LEASE_RENEW_SECONDS * 1000,
        retryMs: config.LEASE_RETRY_SECONDS * 1000,
        log: log.child({ component: 'leader' }),
      })
    : undefined;

  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  if (opts.serveMetrics !== false) {
    metricsServer = await startMetricsServer(
      metrics,
      { alive: () => !stopping, ready: () => !stopping && (!leading || [shardSets, tenants, courses, ...owned.values()].every((i) => i.hasSynced)) },
      config.METRICS_PORT,
      config.METRICS_HOST,
    );
  }
  const gauges = setInterval(() => {
    for (const kind of PRIMARY) {
      metrics.queueDepth.set({ kind }, queues[kind].depth);
      metrics.queueRetries.set({ kind }, queues[kind].delayed);
    }
  }, 1000);
  gauges.unref();

  const workers: Promise<void>[] = [];
  const work = async (kind: PrimaryKind): Promise<void> => {
    const queue = queues[kind];
    for (;;) {
      const key = await queue.get();
      if (key === undefined) return;
      const end = metrics.duration.startTimer({ kind });
      try {
        const outcome = await reconcilers[kind](ctx, key);
        if (outcome.backoff) {
          metrics.reconciles.inc({ kind, result: 'requeue' });
          queue.addRateLimited(key);
        } else {
          metrics.reconciles.inc({ kind, result: 'success' });
          queue.forget(key);
          if (outcome.requeueAfterMs) queue.addAfter(key, outcome.requeueAfterMs);
        }
      } catch (err) {
        metrics.reconciles.inc({ kind, result: 'error' });
        metrics.errors.inc({ kind });
        const delay = queue.addRateLimited(key);
        if (isConflict(err)) {
          log.debug({ kind, key, err: errorMessage(err) }, 'conflict: retrying with a fresh copy');
        } else {
          log.warn({ kind, key, err: errorMessage(err), retryInMs: delay, failures: queue.failuresOf(key) }, 'reconcile failed: retrying with backoff');
          await reportError(ctx, caches[kind], key, err).catch((e: unknown) => log.warn({ kind, key, err: errorMessage(e) }, 'could not report the error in status'));
        }
      } finally {
        end();
        queue.done(key);
      }
    }
  };

  let resync: NodeJS.Timeout | undefined;
  const resyncAll = () => {
    for (const kind of PRIMARY) for (const obj of caches[kind].list()) queues[kind].add(keyOf(obj));
  };
  const run = async (): Promise<boolean> => {
    if (elector) {
      const won = await elector.acquire();
      if (!won) return false;
      elector.keepRenewing(() => {
        log.error('leadership lost: stopping so a fresh process can wait for the Lease');
        void shutdown(1);
      });
    }
    if (stopping) return false;
    leading = true;
    metrics.leader.set(1);
    // Owned caches first: a reconcile must see what exists before it decides what to create.
    await Promise.all([...owned.values()].map((i) => i.start()));
    await Promise.all([shardSets.start(), tenants.start(), courses.start()]);
    if (stopping) return false;
    for (const kind of PRIMARY) for (let i = 0; i < (kind === 'Tenant' ? config.WORKERS : Math.max(2, Math.ceil(config.WORKERS / 4))); i++) workers.push(work(kind));
    resync = setInterval(resyncAll, config.RESYNC_SECONDS * 1000);
    resync.unref();
    log.info({ watchNamespace: watchNamespace ?? '(all)', workers: config.WORKERS }, 'operator running');
    return true;
  };

  let shutdownPromise: Promise<void> | undefined;
  const shutdown = (code: number): Promise<void> => {
    shutdownPromise ??= (async () => {
      stopping = true;
      clearInterval(resync);
      clearInterval(gauges);
      for (const kind of PRIMARY) queues[kind].shutDown();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_SECONDS * 1000).unref());
      await Promise.race([Promise.all(workers), grace]);
      await Promise.all([shardSets, tenants, courses, ...owned.values()].map((i) => i.stop()));
      await elector?.release();
      leading = false;
      metrics.leader.set(0);
      if (metricsServer) {
        metricsServer.server.closeAllConnections();
        await new Promise<void>((resolve) => metricsServer!.server.close(() => resolve()));
      }
      client.close();
      resolveStopped(code);
    })();
    return shutdownPromise;
  };

  const leadingPromise = run().catch(async (err: unknown) => {
    log.error({ err: errorMessage(err) }, 'operator failed to start');
    await shutdown(1);
    return false;
  });

  return {
    metrics,
    metricsPort: metricsServer?.port ?? 0,
    leading: leadingPromise,
    stopped,
    isLeader: () => leading && !stopping,
    resyncNow: resyncAll,
    idle: () => PRIMARY.every((k) => queues[k].depth === 0 && queues[k].inFlight === 0),
    stop: () => shutdown(0),
  };
}

/** Watch -> filter -> queue. Owned objects map to their controller's key. */
function wireEvents(ctx: ReconcileContext, queues: Record<PrimaryKind, WorkQueue>, log: Logger): void {
  const debug = log.isLevelEnabled('debug');
  const onPrimary = (kind: PrimaryKind) => (event: InformerEvent, obj: KubeObject, old?: KubeObject) => {
    if (event === 'update' && old && onlyStatusChanged(old, obj)) {
      if (debug) log.debug({ kind, key: keyOf(obj) }, 'skipped: only status or resourceVersion changed');
      if (kind === 'Tenant' && readyChanged(old, obj)) coursesOf(ctx.courses, obj.metadata.name).forEach((k) => queues.Course.add(k));
      return;
    }
    if (event === 'delete') ctx.events.forget(obj.metadata.uid);
    queues[kind].add(keyOf(obj));
    if (kind === 'Tenant') coursesOf(ctx.courses, obj.metadata.name).forEach((k) => queues.Course.add(k));
    if (kind === 'ShardSet' && event === 'delete') ctx.resolved.delete(keyOf(obj));
  };
  ctx.shardSets.on(onPrimary('ShardSet'));
  ctx.tenants.on(onPrimary('Tenant'));
  ctx.courses.on(onPrimary('Course'));
  for (const informer of ctx.owned.values()) {
    informer.on((event, obj, old) => {
      const owner = obj.metadata.ownerReferences?.find((r) => r.controller && r.apiVersion === API_VERSION);
      if (!owner) {
        if (debug) log.debug({ kind: obj.kind, name: obj.metadata.name }, 'skipped: no academy controller owner');
        return;
      }
      if (event === 'update' && old && old.metadata.annotations?.[APPLIED_HASH_ANNOTATION] === obj.metadata.annotations?.[APPLIED_HASH_ANNOTATION] && jsonEqual(old.status, obj.status) && !obj.metadata.deletionTimestamp && !(obj.kind === 'Secret' && !jsonEqual(old.data, obj.data))) {
        if (debug) log.debug({ kind: obj.kind, name: obj.metadata.name }, 'skipped: nothing the operator reads changed');
        return;
      }
      if (owner.kind === 'Tenant') queues.Tenant.add(owner.name);
      else if (owner.kind === 'ShardSet' && obj.metadata.namespace) queues.ShardSet.add(`${obj.metadata.namespace}/${owner.name}`);
    });
  }
}

function onlyStatusChanged(old: KubeObject, obj: KubeObject): boolean {
  const a = old.metadata;
  const b = obj.metadata;
  return a.uid === b.uid && a.generation === b.generation && a.deletionTimestamp === b.deletionTimestamp && jsonEqual(a.finalizers, b.finalizers) && jsonEqual(a.labels, b.labels);
}

function readyChanged(old: KubeObject, obj: KubeObject): boolean {
  const ready = (o: KubeObject) => findCondition((o.status as { conditions?: Condition[] } | undefined)?.conditions, 'Ready');
  return !jsonEqual(ready(old), ready(obj));
}

/** A failed reconcile shows as Ready=False / Degraded=True with reason ReconcileError. */
async function reportError(ctx: ReconcileContext, cache: Informer, key: string, err: unknown): Promise<void> {
  const { namespace, name } = splitKey(key);
  const live = cache.get(namespace, name);
  if (!live || live.metadata.deletionTimestamp) return;
  const status = (live.status ?? {}) as { conditions?: Condition[]; [k: string]: unknown };
  const message = errorMessage(err);
  const generation = live.metadata.generation;
  const parts = (status.conditions ?? []).filter((c) => !['Ready', 'Progressing', 'Degraded'].includes(c.type)).map((c) => ({ type: c.type, status: c.status, reason: c.reason, message: c.message }));
  const conditions = conditionsAt(status.conditions, [
    ...summaryConditions(parts, { degraded: { reason: REASONS.ReconcileError, message } }).filter((c) => c.type !== 'Ready'),
    { type: 'Ready', status: 'False', reason: REASONS.ReconcileError, message },
  ], generation, ctx.now());
  await writeStatus(ctx, cache, live, { ...status, conditions });
}
