/** Helpers for the server's own tests: a started server, a tiny JSON HTTP client and watch readers. */
import { fileURLToPath } from 'node:url';
import { readManifests } from './manifests.ts';
import { startKubeTestServer, type KubeTestServer, type KubeTestServerOptions } from './server.ts';
import type { KubeObject } from './types.ts';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The Widget CRD of `fixtures/widgets`, loaded into a server by `startWithWidgets`. */
export function widgetCrd(): KubeObject {
  return readManifests(`${fixtures}widgets/widget-crd.yaml`)[0];
}

export async function startWithWidgets(opts: KubeTestServerOptions = {}): Promise<KubeTestServer> {
  return startKubeTestServer({ ...opts, objects: [widgetCrd(), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'widgets' } }, ...(opts.objects ?? [])] });
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** One HTTP request with a JSON (or given content type) body; parses a JSON answer. */
export async function api<T = any>(server: KubeTestServer, method: string, path: string, body?: unknown, contentType = 'application/json', headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': contentType, Authorization: 'Bearer test', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export function widget(name: string, spec: Record<string, unknown> = { size: 'medium' }, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'fixtures.kube-test.io/v1', kind: 'Widget', metadata: { name, namespace: 'widgets', ...metadata }, spec };
}

export const widgetsPath = '/apis/fixtures.kube-test.io/v1/namespaces/widgets/widgets';

export function configMap(name: string, data: Record<string, string> = {}, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ...metadata }, data };
}

export const configMapsPath = '/api/v1/namespaces/default/configmaps';

export const crdsPath = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';

/**
 * A CRD manifest named `<plural>.<group>`: `versions` maps each served version to its
 * openAPIV3Schema, in order; the last one is the storage version.
 */
export function crd(group: string, names: { plural: string; kind: string }, versions: Record<string, object>, scope: 'Namespaced' | 'Cluster' = 'Namespaced'): KubeObject {
  const storage = Object.keys(versions).at(-1);
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${names.plural}.${group}` },
    spec: {
      group,
      scope,
      names,
      versions: Object.entries(versions).map(([name, openAPIV3Schema]) => ({ name, served: true, storage: name === storage, schema: { openAPIV3Schema } })),
    },
  };
}

export interface WatchEvent {
  type: string;
  object: any;
}

/** An open watch: collects events; `next(n)` waits for the n-th event, `ended` for the stream's end. */
export interface WatchStream {
  events: WatchEvent[];
  next(count: number): Promise<WatchEvent[]>;
  ended: Promise<void>;
  stop(): void;
}

export async function openWatch(server: KubeTestServer, path: string): Promise<WatchStream> {
  const controller = new AbortController();
  const res = await fetch(`${server.url}${path}`, { signal: controller.signal });
  if (!res.body) throw new Error(`watch ${path} answered ${res.status} without a body`);
  const events: WatchEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const w of [...waiters]) {
      if (events.length < w.count) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const decoder = new TextDecoder();
  let buffer = '';
  const ended = (async () => {
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line.trim()) events.push(JSON.parse(line) as WatchEvent);
        }
        notify();
      }
    } catch {
      // aborted by stop()
    }
  })();
  return {
    events,
    ended,
    stop: () => controller.abort(),
    next: (count) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`watch ${path}: ${events.length} events, wanted ${count}: ${JSON.stringify(events.map((e) => e.type))}`)), 5000);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(events.slice(0, count))) });
        notify();
      }),
  };
}
