/**
 * The operator's Kubernetes client. `@kubernetes/client-node` supplies the server and credentials
 * (kubeconfig or in-cluster) and makes the Lease calls of leader election and deletes. The calls
 * on the reconcile path — server-side apply, status and merge patches, Event creates, reads, and
 * the informers' list and watch — go over Node's http(s) with keep-alive, for reasons measured and
 * written down in operator/README.md ("Kubernetes client"): client-node's models drop a
 * NetworkPolicy rule's `from` from a plain manifest, and its per-call cost (models, node-fetch,
 * a new agent per request) made `npm run bench:operator` ~20 % more expensive in CPU.
 */
import http from 'node:http';
import https from 'node:https';
import { ApiException, CoordinationV1Api, KubernetesObjectApi, ServerConfiguration, createConfiguration, type KubeConfig, type V1Lease } from '@kubernetes/client-node';
import { TokenBucket, retryAfterSeconds } from './rate-limit.ts';
import { collectionPath, objectPath, resourceKind } from './resources.ts';
import type { KubeObject } from './types.ts';

/** A coordination.k8s.io/v1 Lease as the leader elector reads and writes it. */
export type Lease = KubeObject & { spec?: { holderIdentity?: string; leaseDurationSeconds?: number; acquireTime?: string; renewTime?: string; leaseTransitions?: number } };

/** One field manager for everything the operator writes. */
export const FIELD_MANAGER = 'academy-operator';

/**
 * A non-2xx answer of the API server; `code` is the HTTP status, `reason` the Status reason,
 * `retryAfterSeconds` what a 429/503 asked the client to wait (the work queue waits at least that
 * long before the reconcile that got it runs again).
 */
export class KubeApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly method: string,
    readonly path: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`${method} ${path}: ${code} ${reason}: ${message}`);
  }
}

/** The wait a throttled answer (429/503 with Retry-After) asked for, in ms; undefined for anything else. */
export function throttledForMs(err: unknown): number | undefined {
  return err instanceof KubeApiError && err.retryAfterSeconds !== undefined ? err.retryAfterSeconds * 1000 : undefined;
}

/** Client-side flow control: QPS/burst of every request, and how often a throttled read is retried. */
export interface KubeClientOptions {
  /** Requests per second (token bucket); 0: no limit. @default 0 */
  qps?: number;
  /** @default qps * 1.5, at least 1 */
  burst?: number;
  /** A read (GET, list) answered 429/503 waits its Retry-After and is sent again, this many times at most. @default 10 */
  readRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function isNotFound(err: unknown): boolean {
  return err instanceof KubeApiError && err.code === 404;
}
export function isConflict(err: unknown): boolean {
  return err instanceof KubeApiError && err.code === 409;
}
export function isGone(err: unknown): boolean {
  return err instanceof KubeApiError && err.code === 410;
}

export interface ListResult<T> {
  items: T[];
  resourceVersion: string;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export interface WatchHandle {
  /** Resolves when the stream ends (server closed, cut, or `stop()`); rejects on a transport error. */
  done: Promise<void>;
  stop(): void;
}

/** Counts every request by verb and resource, for /metrics and the benchmark. */
export type RequestObserver = (verb: string, resource: string, code: number) => void;

type Patch = 'apply' | 'merge';
const patchTypes: Record<Patch, string> = {
  apply: 'application/apply-patch+yaml',
  merge: 'application/merge-patch+json',
};

export class KubeClient {
  private readonly server: URL;
  private readonly agent: http.Agent;
  observe?: RequestObserver;

  private readonly kc: KubeConfig;
  private readonly objects: KubernetesObjectApi;
  private readonly leases: CoordinationV1Api;
  /** Every request the client makes takes a token here first — the hand-written ones in `open`, client-node's in its middleware (Lease calls: `leaseLimiter`). */
  readonly limiter: TokenBucket;
  /** Leader election's own bucket (same QPS and burst): its renewals never queue behind reconciles. */
  readonly leaseLimiter: TokenBucket;
  private readonly readRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(kc: KubeConfig, opts: KubeClientOptions = {}) {
    const qps = opts.qps ?? 0;
    const burst = opts.burst ?? Math.max(1, Math.ceil(qps * 1.5));
    this.limiter = new TokenBucket({ qps, burst });
    this.leaseLimiter = new TokenBucket({ qps, burst });
    this.readRetries = opts.readRetries ?? 10;
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    this.server = new URL(cluster.server);
    // client-node refuses plain http unless skipTLSVerify is set; there is no TLS to verify there.
    this.kc = allowPlainHttp(kc);
    const Agent = this.server.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: 64 });
    // client-node's authentication makes a new http(s).Agent for every request, so no connection
    // is ever reused (with TLS: a handshake per call). Measured on the benchmark: the operator and
    // the cluster simulator fell behind by a factor of ~1.5. The middleware puts one keep-alive
    // agent, carrying the kubeconfig's TLS material, on every request instead.
    const configuration = (limiter: TokenBucket) =>
      createConfiguration({
        baseServer: new ServerConfiguration(cluster.server, {}),
        authMethods: { default: this.kc },
        promiseMiddleware: [
          {
            pre: async (context) => {
              await limiter.take();
              context.setAgent(await this.libraryAgent());
              return context;
            },
            post: async (response) => response,
          },
        ],
      });
    // Namespaced kinds always name their namespace here: no default namespace needed.
    this.objects = new KubernetesObjectApi(configuration(this.limiter));
    // Lease calls have a bucket of their own (as controller-runtime's leader election has its own
    // client): behind a thousand queued applies at 20 QPS a renewal would wait longer than the
    // Lease lasts, and the leader would lose it for being busy. A few calls every renew period.
    this.leases = new CoordinationV1Api(configuration(this.leaseLimiter));
  }

  private sharedAgent?: Promise<http.Agent>;

  /** One keep-alive agent for client-node's requests, with the TLS options of the kubeconfig (CA, client certificate). */
  private libraryAgent(): Promise<http.Agent> {
    this.sharedAgent ??= (async () => {
      if (this.server.protocol !== 'https:') return this.agent;
      const opts: https.RequestOptions = {};
      await this.kc.applyToHTTPSOptions(opts);
      const { ca, cert, key, pfx, passphrase, rejectUnauthorized, servername } = opts;
      return new https.Agent({ keepAlive: true, maxSockets: 64, ca, cert, key, pfx, passphrase, servername, ...(rejectUnauthorized === undefined ? {} : { rejectUnauthorized }) });
    })();
    return this.sharedAgent;
  }

  async get<T extends KubeObject>(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<T> {
    return this.request<T>('GET', objectPath(resourceKind(apiVersion, kind), namespace, name), 'get');
  }

  /** The object, or undefined when it does not exist. */
  async read<T extends KubeObject>(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<T | undefined> {
    try {
      return await this.get<T>(apiVersion, kind, namespace, name);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async list<T extends KubeObject>(apiVersion: string, kind: string, opts: { namespace?: string; labelSelector?: string } = {}): Promise<ListResult<T>> {
    const query = new URLSearchParams();
    if (opts.labelSelector) query.set('labelSelector', opts.labelSelector);
    const path = `${collectionPath(resourceKind(apiVersion, kind), opts.namespace)}${query.size ? `?${query}` : ''}`;
    const list = await this.request<{ items?: T[]; metadata?: { resourceVersion?: string } }>('GET', path, 'list');
    const items = (list.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
    return { items, resourceVersion: list.metadata?.resourceVersion ?? '' };
  }

  async create<T extends KubeObject>(obj: KubeObject): Promise<T> {
    const rk = resourceKind(obj.apiVersion, obj.kind);
    return this.request<T>('POST', collectionPath(rk, obj.metadata.namespace), 'create', obj);
  }

  async replace<T extends KubeObject>(obj: KubeObject): Promise<T> {
    const rk = resourceKind(obj.apiVersion, obj.kind);
    return this.request<T>('PUT', objectPath(rk, obj.metadata.namespace, obj.metadata.name), 'update', obj);
  }

  /** The Lease, or undefined when there is none (coordination.k8s.io/v1, through client-node). */
  async readLease(namespace: string, name: string): Promise<Lease | undefined> {
    try {
      return await this.retryingRead(() => this.call('get', 'leases', 200, () => this.leases.readNamespacedLease({ namespace, name })));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async createLease(lease: Lease): Promise<Lease> {
    return this.call('create', 'leases', 201, () => this.leases.createNamespacedLease({ namespace: lease.metadata.namespace as string, body: lease as V1Lease, fieldManager: FIELD_MANAGER }));
  }

  /** Replaces the Lease; its resourceVersion makes two replicas racing for it conflict (409). */
  async replaceLease(lease: Lease): Promise<Lease> {
    return this.call('update', 'leases', 200, () => this.leases.replaceNamespacedLease({ namespace: lease.metadata.namespace as string, name: lease.metadata.name, body: lease as V1Lease, fieldManager: FIELD_MANAGER }));
  }

  /** Server-side apply with the operator's field manager, taking over conflicting fields (force). */
  async apply<T extends KubeObject>(obj: KubeObject): Promise<T> {
    const rk = resourceKind(obj.apiVersion, obj.kind);
    const path = `${objectPath(rk, obj.metadata.namespace, obj.metadata.name)}?fieldManager=${FIELD_MANAGER}&force=true`;
    return this.request<T>('PATCH', path, 'apply', obj, patchTypes.apply);
  }

  /** A JSON merge patch of the object, or of a subresource (`status`). */
  async patch<T extends KubeObject>(apiVersion: string, kind: string, namespace: string | undefined, name: string, type: 'merge', body: unknown, subresource?: 'status'): Promise<T> {
    const path = `${objectPath(resourceKind(apiVersion, kind), namespace, name, subresource)}?fieldManager=${FIELD_MANAGER}`;
    return this.request<T>('PATCH', path, 'patch', body, patchTypes[type]);
  }

  /** Deletes the object; one already gone is not an error. */
  async delete(apiVersion: string, kind: string, namespace: string | undefined, name: string, propagationPolicy: 'Background' | 'Foreground' = 'Background'): Promise<void> {
    const rk = resourceKind(apiVersion, kind);
    try {
      await this.call('delete', rk.plural, 200, () => this.objects.delete({ apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}) } }, undefined, undefined, undefined, undefined, propagationPolicy));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  /**
   * A client-node call, counted for metrics, its answer as plain JSON (client-node's models carry
   * Date objects and renamed keys), a failure as a KubeApiError naming the API server's reason.
   */
  private async call<T>(verb: string, resource: string, okCode: number, run: () => Promise<unknown>): Promise<T> {
    try {
      const result = await run();
      this.observe?.(verb, resource, okCode);
      return JSON.parse(JSON.stringify(result ?? {})) as T;
    } catch (err) {
      if (!(err instanceof ApiException)) throw err;
      this.observe?.(verb, resource, err.code);
      const status = (typeof err.body === 'string' ? safeJson(err.body) : err.body) as { reason?: string; message?: string; details?: { retryAfterSeconds?: number } } | undefined;
      const headers = (err.headers ?? {}) as Record<string, string>;
      const retryAfter = retryAfterSeconds(err.code, headers['retry-after'] ?? headers['Retry-After'], status);
      throw new KubeApiError(err.code, status?.reason ?? http.STATUS_CODES[err.code] ?? 'Error', status?.message ?? String(err.body ?? '').slice(0, 500), verb.toUpperCase(), resource, retryAfter);
    }
  }

  /**
   * Opens a watch from `resourceVersion`; `onEvent` gets each event in order. An ERROR event
   * (e.g. 410 Expired) is passed on like the others: the caller decides to relist.
   */
  async watch(apiVersion: string, kind: string, opts: { namespace?: string; labelSelector?: string; resourceVersion: string; timeoutSeconds: number }, onEvent: (event: WatchEvent) => void): Promise<WatchHandle> {
    const query = new URLSearchParams({ watch: '1', allowWatchBookmarks: 'true', resourceVersion: opts.resourceVersion, timeoutSeconds: String(opts.timeoutSeconds) });
    if (opts.labelSelector) query.set('labelSelector', opts.labelSelector);
    const path = `${collectionPath(resourceKind(apiVersion, kind), opts.namespace)}?${query}`;
    const req = await this.open('GET', path);
    return new Promise<WatchHandle>((resolveHandle, rejectHandle) => {
      let stopped = false;
      req.once('error', (err) => rejectHandle(err));
      req.once('response', (res) => {
        this.observe?.('watch', resourceKind(apiVersion, kind).plural, res.statusCode ?? 0);
        if ((res.statusCode ?? 0) >= 300) {
          collect(res).then((text) => rejectHandle(apiError(res.statusCode ?? 0, text, 'GET', path, res.headers['retry-after'])), rejectHandle);
          return;
        }
        const done = new Promise<void>((resolve, reject) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            // One pass over the lines of the chunk, one slice at the end: slicing the rest after
            // every line was quadratic in a chunk that carries many events.
            let start = 0;
            let newline: number;
            while ((newline = buffer.indexOf('\n', start)) >= 0) {
              const line = buffer.slice(start, newline).trim();
              start = newline + 1;
              if (!line) continue;
              const event = JSON.parse(line) as WatchEvent;
              if (event.object && event.type !== 'ERROR' && event.type !== 'BOOKMARK') event.object = { ...event.object, apiVersion, kind };
              onEvent(event);
            }
            buffer = buffer.slice(start);
          });
          res.once('end', () => resolve());
          res.once('close', () => resolve());
          res.once('error', (err) => (stopped ? resolve() : reject(err)));
        });
        req.removeAllListeners('error');
        req.on('error', () => {}); // surfaced through `done`
        resolveHandle({
          done,
          stop: () => {
            stopped = true;
            req.destroy();
            res.destroy();
          },
        });
      });
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
    void this.sharedAgent?.then((agent) => agent.destroy());
  }

  private async open(method: string, path: string, contentType?: string): Promise<http.ClientRequest> {
    await this.limiter.take();
    const opts: https.RequestOptions = { method, headers: { Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}) } };
    await this.kc.applyToHTTPSOptions(opts);
    const url = new URL(path, this.server);
    const mod = url.protocol === 'https:' ? https : http;
    return mod.request(url, { ...opts, agent: this.agent });
  }

  /**
   * A read answered 429/503 waits what the server asked (Retry-After) and is sent again (each try
   * takes a token of the limiter too); a write is not retried here: its error carries
   * `retryAfterSeconds` and the reconcile goes back to the work queue, which waits at least that.
   */
  private async request<T>(method: string, path: string, verb: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const once = () => this.requestOnce<T>(method, path, verb, body, contentType);
    return method === 'GET' ? this.retryingRead(once) : once();
  }

  private async retryingRead<T>(read: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await read();
      } catch (err) {
        const waitMs = throttledForMs(err);
        if (waitMs === undefined || attempt >= this.readRetries) throw err;
        await this.sleep(waitMs);
      }
    }
  }

  private async requestOnce<T>(method: string, path: string, verb: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const req = await this.open(method, path, body === undefined ? undefined : contentType);
    const resource = kindLabel(path);
    return new Promise<T>((resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res) => {
        collect(res).then((text) => {
          const code = res.statusCode ?? 0;
          this.observe?.(verb, resource, code);
          if (code >= 300) return reject(apiError(code, text, method, path, res.headers['retry-after']));
          resolve((text ? JSON.parse(text) : {}) as T);
        }, reject);
      });
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }
}

/**
 * `kc`, or a copy whose plain-`http://` current cluster is marked skipTLSVerify: client-node
 * refuses plain http otherwise, and there is no TLS to verify there (the test API server, a local
 * proxy).
 */
export function allowPlainHttp(kc: KubeConfig): KubeConfig {
  const cluster = kc.getCurrentCluster();
  if (!cluster || !cluster.server.startsWith('http:') || cluster.skipTLSVerify) return kc;
  const clusterName = cluster.name;
  const copy = new (kc.constructor as new () => KubeConfig)();
  copy.loadFromOptions({
    clusters: kc.clusters.map((c) => (c.name === clusterName ? { ...c, skipTLSVerify: true } : c)),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: kc.currentContext,
  });
  return copy;
}

/** The plural resource of a path (for metrics labels), or the kind given. */
function kindLabel(pathOrKind: string): string {
  if (!pathOrKind.startsWith('/')) return pathOrKind.toLowerCase();
  const parts = pathOrKind.split('?')[0].split('/').filter(Boolean);
  const at = parts.indexOf('namespaces');
  if (at >= 0 && parts.length > at + 2) return parts[at + 2];
  return parts[parts[0] === 'api' ? 2 : 3] ?? 'unknown';
}

function collect(res: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.once('error', reject);
  });
}

function apiError(code: number, text: string, method: string, path: string, retryAfterHeader?: string | string[]): KubeApiError {
  let reason = http.STATUS_CODES[code] ?? 'Error';
  let message = text.slice(0, 500);
  let status: { reason?: string; message?: string; details?: { retryAfterSeconds?: number } } | undefined;
  try {
    status = JSON.parse(text) as typeof status;
    reason = status?.reason ?? reason;
    message = status?.message ?? message;
  } catch {
    // not a Status: keep the text
  }
  return new KubeApiError(code, reason, message, method, path.split('?')[0], retryAfterSeconds(code, retryAfterHeader, status));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
