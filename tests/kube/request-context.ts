/** What a resource handler works with: the parsed request, the resolved resource and the server's parts. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FlowControl } from './flow-control.ts';
import type { ResourceRegistry } from './registry.ts';
import type { ResourceRoute } from './router.ts';
import type { ObjectStore } from './store.ts';
import { apiVersionOf, type KubeObject, type ResourceType } from './types.ts';
import type { WatchHub } from './watch.ts';

export interface ServerParts {
  registry: ResourceRegistry;
  store: ObjectStore;
  hub: WatchHub;
  /** Per-client request counts and APF-style 429s. */
  flow: FlowControl;
}

export interface ResourceRequest {
  parts: ServerParts;
  rt: ResourceType;
  route: ResourceRoute;
  query: URLSearchParams;
  req: IncomingMessage;
  res: ServerResponse;
  /** Filled in by handlers for the request log. */
  log: { patchType?: string; fieldManager?: string; dryRun: boolean };
}

/** The stored object as served at the requested version (no conversion: `None` strategy, as kube). */
export function present(obj: KubeObject, rt: ResourceType, version: string): KubeObject {
  return { ...obj, apiVersion: apiVersionOf(rt.group, version) };
}

export function isTruthy(value: string | null): boolean {
  return value === 'true' || value === '1';
}
