/** The `/scale` subresource (`autoscaling/v1` Scale) of Deployments and of CRDs that declare one: `kubectl scale`. */
import { badRequest, conflict, notFound, unsupportedMediaType } from './errors.ts';
import { decodeBody, mediaType, readBody, sendJson } from './http.ts';
import { jsonPatch, mergePatch } from './patch.ts';
import type { ResourceRequest } from './request-context.ts';
import type { KubeObject, ResourceType } from './types.ts';
import { clone, getPath, isPlainObject } from './util.ts';

const segments = (jsonPath: string) => jsonPath.replace(/^\./, '').split('.');

function selectorString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isPlainObject(value) || !isPlainObject(value.matchLabels)) return undefined;
  return Object.entries(value.matchLabels)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
}

export function toScale(rt: ResourceType, obj: KubeObject): Record<string, unknown> {
  const scale = rt.scale!;
  const { name, namespace, uid, resourceVersion, creationTimestamp } = obj.metadata;
  const selector = scale.labelSelectorPath ? selectorString(getPath(obj, segments(scale.labelSelectorPath))) : undefined;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: getPath(obj, segments(scale.specReplicasPath)) ?? 0 },
    status: { replicas: getPath(obj, segments(scale.statusReplicasPath)) ?? 0, ...(selector ? { selector } : {}) },
  };
}

function current(r: ResourceRequest): KubeObject {
  const obj = r.parts.store.get(r.rt, r.route.namespace, r.route.name ?? '');
  if (!obj) throw notFound(r.rt, r.route.name ?? '');
  return obj;
}

/** Writes `scale.spec.replicas` into the object at specReplicasPath, as an update of the main resource. */
function writeReplicas(r: ResourceRequest, obj: KubeObject, scale: unknown): void {
  if (!isPlainObject(scale) || !isPlainObject(scale.spec) || typeof scale.spec.replicas !== 'number') throw badRequest('a Scale with spec.replicas is required');
  const rv = isPlainObject(scale.metadata) ? scale.metadata.resourceVersion : undefined;
  if (rv && rv !== obj.metadata.resourceVersion) throw conflict(r.rt, r.route.name ?? '');
  const next = clone(obj);
  const path = segments(r.rt.scale!.specReplicasPath);
  let node: Record<string, unknown> = next;
  for (const key of path.slice(0, -1)) node = (node[key] = isPlainObject(node[key]) ? node[key] : {}) as Record<string, unknown>;
  node[path[path.length - 1]] = scale.spec.replicas;
  const { object } = r.parts.store.update(r.rt, r.route.namespace, r.route.name ?? '', next, { dryRun: r.query.get('dryRun') === 'All' });
  sendJson(r.res, 200, toScale(r.rt, object));
}

export function handleScaleGet(r: ResourceRequest): void {
  sendJson(r.res, 200, toScale(r.rt, current(r)));
}

export async function handleScaleUpdate(r: ResourceRequest): Promise<void> {
  const body = decodeBody(await readBody(r.req), r.req.headers['content-type']);
  writeReplicas(r, current(r), body);
}

export async function handleScalePatch(r: ResourceRequest): Promise<void> {
  const type = mediaType(r.req.headers['content-type']);
  const body = decodeBody(await readBody(r.req), type);
  const obj = current(r);
  const scale = toScale(r.rt, obj);
  r.log.patchType = type.includes('json-patch') ? 'json' : type.includes('strategic') ? 'strategic' : 'merge';
  if (type === 'application/json-patch+json') return writeReplicas(r, obj, jsonPatch(scale, body));
  if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json') return writeReplicas(r, obj, mergePatch(scale, body));
  throw unsupportedMediaType(type, ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json']);
}
