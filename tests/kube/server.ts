/**
 * A strict in-memory Kubernetes API server for tests, speaking real HTTP: discovery, OpenAPI v3,
 * CRUD with resourceVersion conflicts, generation, the status subresource, finalizers, garbage
 * collection, namespaces, CRDs with schema + CEL validation, patch (merge/JSON/strategic/apply),
 * label and field selectors, watch with bookmarks, and Tables for kubectl. See README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { initialNamespaces } from './builtins.ts';
import { Controllers } from './controllers.ts';
import { FlowControl, type FlowControlLimit } from './flow-control.ts';
import { dispatch } from './dispatch.ts';
import { ApiError, badRequest } from './errors.ts';
import { kubeconfigYaml, type KubeconfigOptions } from './kubeconfig.ts';
import { present, type ServerParts } from './request-context.ts';
import { ResourceRegistry } from './registry.ts';
import { RequestLog } from './request-log.ts';
import { ObjectStore, type DeleteOptions, type DeleteResult } from './store.ts';
import { apiVersionOf, type KubeObject, type ResourceType } from './types.ts';
import { clone } from './util.ts';
import { WatchHub, type WatchHubOptions } from './watch.ts';

export interface KubeTestServerOptions extends WatchHubOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Objects created at start (CRDs first, then namespaces, then the rest), e.g. from `readManifests`. */
  objects?: KubeObject[];
}

/** Direct access to stored objects, bypassing HTTP (and the request log). */
export interface ObjectAccess {
  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(apiVersion: string, kind: string, namespace?: string): KubeObject[];
  /** Creates through the same admission as POST (validation, defaults); throws ApiError. */
  create(obj: KubeObject): KubeObject;
  /** Creates or replaces (unconditionally) through the same admission as PUT; throws ApiError. */
  upsert(obj: KubeObject): KubeObject;
  delete(apiVersion: string, kind: string, namespace: string | undefined, name: string, opts?: DeleteOptions): DeleteResult;
  /** The global resourceVersion counter. */
  resourceVersion(): number;
}

export interface KubeTestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  kubeconfigYaml(opts?: KubeconfigOptions): string;
  writeKubeconfig(file: string, opts?: KubeconfigOptions): Promise<void>;
  objects: ObjectAccess;
  /** Every resource request answered so far (verb, resource, namespace, name, patch type, code). */
  requests: RequestLog;
  /**
   * Makes the next `count` watches (and lists) that carry a resourceVersion answer 410 Gone;
   * with `resource` (a plural such as `tenants`) only those of that resource.
   */
  injectWatchGone(count?: number, resource?: string): void;
  /** Drops the watch history: resuming from any resourceVersion older than now gets 410. */
  compactWatchHistory(): void;
  /** Ends every open watch; `abrupt` destroys the sockets instead of ending the responses. */
  cutWatches(opts?: { abrupt?: boolean }): void;
  /** Sends a BOOKMARK now to every watch that allows bookmarks. */
  sendBookmarks(): void;
  activeWatchCount(): number;
  /**
   * APF-style flow control: with a limit, a client (bearer token, else User-Agent) making more than
   * `perClientQps` requests in one wall-clock second gets 429 with `Retry-After`; undefined lifts it.
   * `requestsPerSecond(client)` counts every resource request per second, refused ones included.
   */
  limitRequests(limit: FlowControlLimit | undefined): void;
  requestsPerSecond(client: string): number[];
  /** 429s answered so far. */
  throttledCount(): number;
  close(): Promise<void>;
}

function resourceOf(registry: ResourceRegistry, apiVersion: string, kind: string): ResourceType {
  const rt = registry.byKind(apiVersion, kind);
  if (!rt) throw badRequest(`no matches for kind "${kind}" in version "${apiVersion}"`);
  return rt;
}

function objectAccess(parts: ServerParts): ObjectAccess {
  const { registry, store } = parts;
  const versionOf = (apiVersion: string) => apiVersion.split('/').pop() ?? apiVersion;
  return {
    get(apiVersion, kind, namespace, name) {
      const rt = resourceOf(registry, apiVersion, kind);
      const obj = store.get(rt, namespace, name);
      return obj && clone(present(obj, rt, versionOf(apiVersion)));
    },
    list(apiVersion, kind, namespace) {
      const rt = resourceOf(registry, apiVersion, kind);
      return store.list(rt, namespace).map((o) => clone(present(o, rt, versionOf(apiVersion))));
    },
    create(obj) {
      const rt = resourceOf(registry, obj.apiVersion, obj.kind);
      return clone(store.create(rt, obj.metadata?.namespace, obj).object);
    },
    upsert(obj) {
      const rt = resourceOf(registry, obj.apiVersion, obj.kind);
      const current = store.get(rt, obj.metadata?.namespace, obj.metadata?.name ?? '');
      if (!current) return clone(store.create(rt, obj.metadata?.namespace, obj).object);
      const body = { ...obj, metadata: { ...obj.metadata, resourceVersion: current.metadata.resourceVersion } };
      return clone(store.update(rt, obj.metadata?.namespace, obj.metadata?.name ?? '', body).object);
    },
    delete(apiVersion, kind, namespace, name, opts) {
      return store.delete(resourceOf(registry, apiVersion, kind), namespace, name, opts);
    },
    resourceVersion: () => store.resourceVersion(),
  };
}

/** Order of seeding: CRDs, then namespaces, then everything else (so each finds what it needs). */
function seedRank(obj: KubeObject): number {
  return obj.kind === 'CustomResourceDefinition' ? 0 : obj.kind === 'Namespace' ? 1 : 2;
}

/** Starts a server and resolves once it listens. */
export async function startKubeTestServer(opts: KubeTestServerOptions = {}): Promise<KubeTestServer> {
  const registry = new ResourceRegistry();
  const store = new ObjectStore(registry);
  const controllers = new Controllers(store);
  store.afterWrite = () => controllers.run();
  const hub = new WatchHub(store, opts);
  const flow = new FlowControl();
  const parts: ServerParts = { registry, store, hub, flow };
  const requests = new RequestLog();
  const objects = objectAccess(parts);
  for (const name of initialNamespaces) objects.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  for (const obj of [...(opts.objects ?? [])].sort((a, b) => seedRank(a) - seedRank(b))) objects.upsert(obj);

  let address = '';
  const server: Server = createServer((req, res) => {
    void dispatch(parts, requests, req, res, address);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `${opts.host ?? '127.0.0.1'}:${port}`;
  const url = `http://${address}`;

  return {
    url,
    port,
    kubeconfigYaml: (o) => kubeconfigYaml(url, o),
    writeKubeconfig: (file, o) => writeFile(file, kubeconfigYaml(url, o), { mode: 0o600 }),
    objects,
    requests,
    injectWatchGone: (count = 1, resource) => hub.injectGone(count, resource),
    compactWatchHistory: () => hub.compact(),
    cutWatches: (o) => hub.cutAll(o?.abrupt ?? false),
    sendBookmarks: () => hub.sendBookmarks(),
    activeWatchCount: () => hub.activeCount,
    limitRequests: (limit) => flow.setLimit(limit),
    requestsPerSecond: (client) => flow.perSecond(client),
    throttledCount: () => flow.rejected,
    close: async () => {
      hub.close();
      // Stop listening first, then drop every connection (idle keep-alive ones included): one
      // accepted in between would otherwise hold close() until the keep-alive timeout.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

export { ApiError, apiVersionOf };
export { readManifests } from './manifests.ts';
export type { KubeObject } from './types.ts';
export type { RequestRecord, RequestFilter } from './request-log.ts';
