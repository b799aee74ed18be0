/**
 * The Manager: the machinery every controller shares, as controller-runtime's manager owns it —
 * informers (one per primary kind, one per owned kind), a keyed work queue and workers per
 * controller, the periodic resync, metrics and health, Lease leader election, and the report of a
 * failed reconcile in status. Controllers (./controller.ts, in ./reconcilers) register what they
 * reconcile, own and watch; no rule of a kind lives here.
 */
import { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { API_VERSION, REASONS } from '../crds/index.ts';
import { MANAGED_BY } from './constructs/index.ts';
import { APPLIED_HASH_ANNOTATION } from './apply.ts';
import type { OperatorConfig } from './config.ts';
import type { Controller, OwnedKind } from './controller.ts';
import type { PrimaryKind, ReconcileContext, ResolvedShardSet } from './context.ts';
import { KubeClient, isConflict, throttledForMs } from './kube/client.ts';
import { EventRecorder } from './kube/events.ts';
import { Informer, type InformerEvent } from './kube/informer.ts';
import { LeaderElector } from './kube/leader.ts';
import type { KubeObject } from './kube/types.ts';
import { OperatorMetrics, startMetricsServer } from './metrics.ts';
import { WorkQueue } from './queue.ts';
import { errorMessage, keyOf, splitKey, storedParts, updateStatus, type StatusOf } from './reconcilers/common.ts';
import { courseController } from './reconcilers/course.ts';
import { shardSetController } from './reconcilers/shardset.ts';
import { tenantController } from './reconcilers/tenant.ts';
import { tenantPoolController } from './reconcilers/tenant-pool.ts';
import { jsonEqual } from './status.ts';
import { slimAutoscalerStatus } from './reconcilers/tenant-platform.ts';

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
  /** Enqueues every object of every controller now, as the periodic resync does. */
  resyncNow(): void;
  /** Whether no key waits or is in flight (delayed requeues may be pending). */
  idle(): boolean;
  stop(): Promise<void>;
}

/** The academy operator: the Manager with the ShardSet, TenantPool, Tenant and Course controllers. */
export function startOperator(opts: OperatorOptions): Promise<RunningOperator> {
  return new Manager(opts).register(shardSetController()).register(tenantPoolController()).register(tenantController()).register(courseController()).start();
}

/** One informer per owned kind, whichever controllers own it: the cache keeps what any of them reads. */
function mergeOwned(controllers: readonly Controller[]): OwnedKind[] {
  const byKind = new Map<string, OwnedKind>();
  for (const owned of controllers.flatMap((c) => c.owns)) {
    const known = byKind.get(owned.kind);
    if (!known) {
      byKind.set(owned.kind, { ...owned });
      continue;
    }
    const [a, b] = [known.keepData, owned.keepData];
    byKind.set(owned.kind, {
      ...known,
      keepStatus: known.keepStatus || owned.keepStatus,
      optional: known.optional && owned.optional,
      keepData: a && b ? (o) => a(o) || b(o) : (a ?? b),
    });
  }
  return [...byKind.values()];
}

/** Owned objects are cached slim: identity, owners, the applied-hash annotation, and what a controller reads. */
function slimOwned(spec: OwnedKind) {
  return (obj: KubeObject): KubeObject => {
    const { name, namespace, uid, resourceVersion, generation, deletionTimestamp, ownerReferences, annotations } = obj.metadata;
    const hash = annotations?.[APPLIED_HASH_ANNOTATION];
    const slim: KubeObject = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      metadata: { name, namespace, uid, resourceVersion, generation, deletionTimestamp, ownerReferences, ...(hash ? { annotations: { [APPLIED_HASH_ANNOTATION]: hash } } : {}) },
    };
    // An autoscaler's status is kept slim (no metrics, no timestamps): a CPU reading alone must not wake its Tenant.
    if (spec.keepStatus && obj.status) slim.status = obj.kind === 'HorizontalPodAutoscaler' ? slimAutoscalerStatus(obj.status) : obj.status;
    if (spec.keepData?.(obj)) slim.data = obj.data;
    return slim;
  };
}

function onlyStatusChanged(old: KubeObject, obj: KubeObject): boolean {
  const a = old.metadata;
  const b = obj.metadata;
  return a.uid === b.uid && a.generation === b.generation && a.deletionTimestamp === b.deletionTimestamp && jsonEqual(a.finalizers, b.finalizers) && jsonEqual(a.labels, b.labels);
}

/** Whether an owned object changed in something a controller reads (its applied hash, status, data, deletion). */
function ownedChanged(old: KubeObject, obj: KubeObject): boolean {
  return (
    old.metadata.annotations?.[APPLIED_HASH_ANNOTATION] !== obj.metadata.annotations?.[APPLIED_HASH_ANNOTATION] ||
    !jsonEqual(old.status, obj.status) ||
    Boolean(obj.metadata.deletionTimestamp) ||
    !jsonEqual(old.data, obj.data)
  );
}

export class Manager {
  private readonly controllers: Controller[] = [];

  constructor(private readonly opts: OperatorOptions) {}

  register(controller: Controller): this {
    if (this.controllers.some((c) => c.kind === controller.kind)) throw new Error(`a controller of ${controller.kind} is registered already`);
    this.controllers.push(controller);
    return this;
  }

  async start(): Promise<RunningOperator> {
    const { config, log } = this.opts;
    const controllers = [...this.controllers];
    const kubeConfig = this.opts.kubeConfig ?? loadKubeConfig();
    const client = new KubeClient(kubeConfig, { qps: config.OPERATOR_QPS, burst: config.OPERATOR_BURST });
    const metrics = new OperatorMetrics(this.opts.serveMetrics !== false);
    client.observe = (verb, resource, code) => metrics.apiRequests.inc({ verb, resource, code: String(code) });
    const events = new EventRecorder(client, config.POD_NAME, log);
    const relistIntervalMs = config.RELIST_SECONDS * 1000;
    const watchNamespace = config.WATCH_NAMESPACE || undefined;
    const informerLog = log.child({ component: 'informer' });

    const caches = new Map<PrimaryKind, Informer>(
      controllers.map((c) => [c.kind, new Informer(client, { apiVersion: API_VERSION, kind: c.kind, namespace: c.namespaced ? watchNamespace : undefined, relistIntervalMs, log: informerLog })]),
    );
    const owned = new Map<string, Informer>(
      mergeOwned(controllers).map((o) => [
        o.kind,
        new Informer(client, { apiVersion: o.apiVersion, kind: o.kind, labelSelector: `app.kubernetes.io/managed-by=${MANAGED_BY}`, transform: slimOwned(o), optional: o.optional, relistIntervalMs, log: informerLog }),
      ]),
    );
    const queueOpts = { baseDelayMs: config.BACKOFF_BASE_SECONDS * 1000, maxDelayMs: config.BACKOFF_MAX_SECONDS * 1000 };
    const queues = new Map<PrimaryKind, WorkQueue>(controllers.map((c) => [c.kind, new WorkQueue(queueOpts)]));
    const cache = (kind: PrimaryKind): Informer => {
      const found = caches.get(kind);
      if (!found) throw new Error(`no controller of ${kind} is registered`);
      return found;
    };
    const watchers = (kind: PrimaryKind) => controllers.flatMap((c) => (c.watches ?? []).filter((w) => w.kind === kind).map((w) => ({ controller: c, watch: w })));
    const ctx: ReconcileContext = {
      client,
      config,
      log,
      events,
      metrics,
      get shardSets() {
        return cache('ShardSet');
      },
      get tenants() {
        return cache('Tenant');
      },
      get courses() {
        return cache('Course');
      },
      get pools() {
        return cache('TenantPool');
      },
      poolMembers: new Map(),
      owned,
      resolved: new Map<string, ResolvedShardSet>(),
      resolving: new Map(),
      enqueue: (kind, key) => queues.get(kind)?.add(key),
      changed: (kind, obj, old) => notify(kind, 'update', obj, old),
      now: () => new Date(),
    };

    /** Runs the watches other controllers declared on `kind`. */
    const notify = (kind: PrimaryKind, event: InformerEvent, obj: KubeObject, old?: KubeObject) => {
      for (const { controller, watch } of watchers(kind)) for (const key of watch.map(ctx, event, obj, old)) queues.get(controller.kind)?.add(key);
    };

    // Watch -> filter -> queue.
    const debug = log.isLevelEnabled('debug');
    for (const c of controllers) {
      const queue = queues.get(c.kind)!;
      cache(c.kind).on((event, obj, old) => {
        if (event === 'delete') events.forget(obj.metadata.uid);
        notify(c.kind, event, obj, old);
        if (event === 'update' && old && onlyStatusChanged(old, obj)) {
          if (debug) log.debug({ kind: c.kind, key: keyOf(obj) }, 'skipped: only status or resourceVersion changed');
          return;
        }
        queue.add(keyOf(obj));
      });
    }
    for (const informer of owned.values()) {
      informer.on((event, obj, old) => {
        const owner = obj.metadata.ownerReferences?.find((r) => r.controller && r.apiVersion === API_VERSION);
        const controller = owner && controllers.find((c) => c.kind === owner.kind && c.owns.some((o) => o.kind === obj.kind));
        if (!owner || !controller) {
          if (debug) log.debug({ kind: obj.kind, name: obj.metadata.name }, 'skipped: no academy controller owner');
          return;
        }
        if (event === 'update' && old && !ownedChanged(old, obj)) {
          if (debug) log.debug({ kind: obj.kind, name: obj.metadata.name }, 'skipped: nothing the operator reads changed');
          return;
        }
        if (controller.namespaced && !obj.metadata.namespace) return;
        queues.get(controller.kind)!.add(controller.namespaced ? `${obj.metadata.namespace}/${owner.name}` : owner.name);
      });
    }

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
    const informers = [...caches.values(), ...owned.values()];

    let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
    if (this.opts.serveMetrics !== false) {
      metricsServer = await startMetricsServer(metrics, { alive: () => !stopping, ready: () => !stopping && (!leading || informers.every((i) => i.hasSynced)) }, config.METRICS_PORT, config.METRICS_HOST);
    }
    const gauges = setInterval(() => {
      for (const [kind, queue] of queues) {
        metrics.queueDepth.set({ kind }, queue.depth);
        metrics.queueRetries.set({ kind }, queue.delayed);
      }
      metrics.clientWait.set(client.limiter.waitedMs / 1000);
    }, 1000);
    gauges.unref();

    const workers: Promise<void>[] = [];
    const work = async (controller: Controller): Promise<void> => {
      const kind = controller.kind;
      const queue = queues.get(kind)!;
      for (;;) {
        const key = await queue.get();
        if (key === undefined) return;
        const end = metrics.duration.startTimer({ kind });
        try {
          const outcome = await controller.reconcile(ctx, key);
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
          // A throttled write (429/503) waits at least what the server asked, then the whole
          // reconcile runs again from the cache: never a tight retry loop of the same request.
          const delay = queue.addRateLimited(key, throttledForMs(err));
          if (throttledForMs(err) !== undefined) {
            metrics.throttled.inc({ kind });
            log.debug({ kind, key, err: errorMessage(err), retryInMs: delay }, 'throttled by the API server: re-queued after its Retry-After');
          } else if (isConflict(err)) {
            log.debug({ kind, key, err: errorMessage(err) }, 'conflict: retrying with a fresh copy');
          } else {
            log.warn({ kind, key, err: errorMessage(err), retryInMs: delay, failures: queue.failuresOf(key) }, 'reconcile failed: retrying with backoff');
            await reportError(ctx, kind, cache(kind), key, err).catch((e: unknown) => log.warn({ kind, key, err: errorMessage(e) }, 'could not report the error in status'));
          }
        } finally {
          end();
          queue.done(key);
        }
      }
    };

    let resync: NodeJS.Timeout | undefined;
    const resyncAll = () => {
      for (const c of controllers) for (const obj of cache(c.kind).list()) queues.get(c.kind)!.add(keyOf(obj));
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
      await Promise.all([...caches.values()].map((i) => i.start()));
      if (stopping) return false;
      for (const c of controllers) for (let i = 0; i < c.workers(config); i++) workers.push(work(c));
      resync = setInterval(resyncAll, config.RESYNC_SECONDS * 1000);
      resync.unref();
      log.info({ watchNamespace: watchNamespace ?? '(all)', controllers: controllers.map((c) => c.kind), workers: config.WORKERS }, 'operator running');
      return true;
    };

    let shutdownPromise: Promise<void> | undefined;
    const shutdown = (code: number): Promise<void> => {
      shutdownPromise ??= (async () => {
        stopping = true;
        clearInterval(resync);
        clearInterval(gauges);
        for (const queue of queues.values()) queue.shutDown();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_SECONDS * 1000).unref());
        await Promise.race([Promise.all(workers), grace]);
        await Promise.all(informers.map((i) => i.stop()));
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
      idle: () => [...queues.values()].every((q) => q.depth === 0 && q.inFlight === 0),
      stop: () => shutdown(0),
    };
  }
}

function loadKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromDefault();
  return kc;
}

/** A failed reconcile shows as Ready=False / Degraded=True with reason ReconcileError, beside the parts already reported. */
async function reportError(ctx: ReconcileContext, kind: PrimaryKind, cache: Informer, key: string, err: unknown): Promise<void> {
  const { namespace, name } = splitKey(key);
  const live = cache.get(namespace, name);
  if (!live || live.metadata.deletionTimestamp) return;
  const { observedGeneration: _g, conditions: _c, ...fields } = (live.status ?? {}) as StatusOf;
  const failure = { reason: REASONS.ReconcileError, message: errorMessage(err) };
  await updateStatus(ctx, kind, live, { parts: storedParts(live.status as StatusOf | undefined), fields, state: { degraded: failure, failed: failure } });
}
