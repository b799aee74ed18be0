/**
 * A small Kubernetes REST client: `@kubernetes/client-node`'s KubeConfig supplies the server and
 * credentials (kubeconfig or in-cluster), requests go over Node's http/https with keep-alive.
 * The operator owns its list/watch loop (client-node 1.4's informer stalls and replays), so it
 * needs streaming watches and exact control over patch content types, which this gives.
 */
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { collectionPath, objectPath, resourceKind } from './resources.ts';
import type { KubeObject } from './types.ts';

/** One field manager for everything the operator writes. */
export const FIELD_MANAGER = 'academy-operator';

/** A non-2xx answer of the API server; `code` is the HTTP status, `reason` the Status reason. */
export class KubeApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path}: ${code} ${reason}: ${message}`);
  }
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

type Patch = 'apply' | 'merge' | 'json';
const patchTypes: Record<Patch, string> = {
  apply: 'application/apply-patch+yaml',
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
};

export class KubeClient {
  private readonly server: URL;
  private readonly agent: http.Agent;
  observe?: RequestObserver;

  private readonly kc: KubeConfig;

  constructor(kc: KubeConfig) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('kubeconfig has no current cluster');
    this.server = new URL(cluster.server);
    // client-node refuses plain http unless skipTLSVerify is set; there is no TLS to verify there.
    this.kc = allowPlainHttp(kc);
    const Agent = this.server.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: 64 });
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

  /** Server-side apply with the operator's field manager, taking over conflicting fields (force). */
  async apply<T extends KubeObject>(obj: KubeObject): Promise<T> {
    const rk = resourceKind(obj.apiVersion, obj.kind);
    const path = `${objectPath(rk, obj.metadata.namespace, obj.metadata.name)}?fieldManager=${FIELD_MANAGER}&force=true`;
    return this.request<T>('PATCH', path, 'apply', obj, patchTypes.apply);
  }

  async patch<T extends KubeObject>(apiVersion: string, kind: string, namespace: string | undefined, name: string, type: Exclude<Patch, 'apply'>, body: unknown, subresource?: string): Promise<T> {
    const path = `${objectPath(resourceKind(apiVersion, kind), namespace, name, subresource)}?fieldManager=${FIELD_MANAGER}`;
    return this.request<T>('PATCH', path, 'patch', body, patchTypes[type]);
  }

  async delete(apiVersion: string, kind: string, namespace: string | undefined, name: string, propagationPolicy: 'Background' | 'Foreground' = 'Background'): Promise<void> {
    const path = `${objectPath(resourceKind(apiVersion, kind), namespace, name)}?propagationPolicy=${propagationPolicy}`;
    try {
      await this.request('DELETE', path, 'delete');
    } catch (err) {
      if (!isNotFound(err)) throw err;
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
          collect(res).then((text) => rejectHandle(apiError(res.statusCode ?? 0, text, 'GET', path)), rejectHandle);
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
  }

  private async open(method: string, path: string, contentType?: string): Promise<http.ClientRequest> {
    const opts: https.RequestOptions = { method, headers: { Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}) } };
    await this.kc.applyToHTTPSOptions(opts);
    const url = new URL(path, this.server);
    const mod = url.protocol === 'https:' ? https : http;
    return mod.request(url, { ...opts, agent: this.agent });
  }

  private async request<T>(method: string, path: string, verb: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const req = await this.open(method, path, body === undefined ? undefined : contentType);
    const resource = kindLabel(path);
    return new Promise<T>((resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res) => {
        collect(res).then((text) => {
          const code = res.statusCode ?? 0;
          this.observe?.(verb, resource, code);
          if (code >= 300) return reject(apiError(code, text, method, path));
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

function apiError(code: number, text: string, method: string, path: string): KubeApiError {
  let reason = http.STATUS_CODES[code] ?? 'Error';
  let message = text.slice(0, 500);
  try {
    const status = JSON.parse(text) as { reason?: string; message?: string };
    reason = status.reason ?? reason;
    message = status.message ?? message;
  } catch {
    // not a Status: keep the text
  }
  return new KubeApiError(code, reason, message, method, path.split('?')[0]);
}
