/** POST (create), PUT (update), PATCH (merge, JSON, strategic, apply), DELETE and DELETE collection. */
import type { FieldValidation } from './admission.ts';
import { serverSideApply } from './apply.ts';
import { badRequest, conflict, fieldError, invalid, notFound, unsupportedMediaType } from './errors.ts';
import { decodeBody, mediaType, readBody, sendJson } from './http.ts';
import { jsonPatch, mergePatch, strategicMerge } from './patch.ts';
import { isTruthy, present, type ResourceRequest } from './request-context.ts';
import { parseFieldSelector, parseLabelSelector } from './selectors.ts';
import type { DeleteOptions, PropagationPolicy } from './store.ts';
import { apiVersionOf, type KubeObject } from './types.ts';
import { isPlainObject } from './util.ts';

function fieldValidation(r: ResourceRequest): FieldValidation {
  const value = r.query.get('fieldValidation');
  if (value === null || value === '') return 'Warn';
  if (value !== 'Strict' && value !== 'Warn' && value !== 'Ignore') throw badRequest(`fieldValidation must be one of Ignore, Warn or Strict, got ${value}`);
  return value;
}

function writeOptions(r: ResourceRequest) {
  const dryRun = r.query.get('dryRun') === 'All';
  r.log.dryRun = dryRun;
  r.log.fieldManager = r.query.get('fieldManager') ?? undefined;
  return { dryRun, fieldValidation: fieldValidation(r) };
}

/** Checks that a request body is an object of the endpoint's apiVersion and kind. */
function requireObject(r: ResourceRequest, body: unknown): KubeObject {
  if (!isPlainObject(body)) throw badRequest('the request body must be a JSON or YAML object');
  const expected = apiVersionOf(r.rt.group, r.route.version);
  if (!body.kind) throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(body).slice(0, 200)}'`);
  if (body.apiVersion !== expected) throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${expected})`);
  if (body.kind !== r.rt.kind) throw badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (${r.rt.kind})`);
  if (body.metadata !== undefined && !isPlainObject(body.metadata)) throw badRequest('metadata must be an object');
  return { ...body, metadata: { ...((body.metadata as object) ?? {}) } } as KubeObject;
}

function requireNameMatches(r: ResourceRequest, obj: KubeObject): void {
  const name = r.route.name ?? '';
  if (obj.metadata.name !== undefined && obj.metadata.name !== name) throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
  obj.metadata.name = name;
}

function subresourceOf(r: ResourceRequest): 'status' | undefined {
  return r.route.subresource === 'status' ? 'status' : undefined;
}

export async function handleCreate(r: ResourceRequest): Promise<void> {
  const obj = requireObject(r, decodeBody(await readBody(r.req), r.req.headers['content-type']));
  const result = r.parts.store.create(r.rt, r.route.namespace, obj, writeOptions(r));
  sendJson(r.res, 201, present(result.object, r.rt, r.route.version), result.warnings);
}

export async function handleUpdate(r: ResourceRequest): Promise<void> {
  const obj = requireObject(r, decodeBody(await readBody(r.req), r.req.headers['content-type']));
  requireNameMatches(r, obj);
  const result = r.parts.store.update(r.rt, r.route.namespace, r.route.name ?? '', obj, { ...writeOptions(r), subresource: subresourceOf(r) });
  sendJson(r.res, 200, present(result.object, r.rt, r.route.version), result.warnings);
}

const patchTypes: Record<string, string> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

export async function handlePatch(r: ResourceRequest): Promise<void> {
  const contentType = mediaType(r.req.headers['content-type']);
  const patchType = patchTypes[contentType];
  const accepted = Object.keys(patchTypes).filter((t) => !(r.rt.custom && t.includes('strategic')));
  // Custom resources have no strategic merge metadata: kube answers 415, and so do we.
  if (!patchType || (patchType === 'strategic' && r.rt.custom)) throw unsupportedMediaType(contentType, accepted);
  r.log.patchType = patchType;
  const opts = writeOptions(r);
  const body = decodeBody(await readBody(r.req), contentType);
  const { store } = r.parts;
  const name = r.route.name ?? '';
  if (patchType === 'apply') return applyPatch(r, body, opts);
  if (isTruthy(r.query.get('force'))) throw badRequest('force is only allowed for apply patches');
  const current = store.get(r.rt, r.route.namespace, name);
  if (!current) throw notFound(r.rt, name);
  const base = present(current, r.rt, r.route.version);
  const patched = patchType === 'json' ? jsonPatch(base, body) : patchType === 'merge' ? mergePatch(base, body) : strategicMerge(base, body);
  const obj = requireObject(r, patched);
  requireNameMatches(r, obj);
  const result = store.update(r.rt, r.route.namespace, name, obj, { ...opts, subresource: subresourceOf(r) });
  sendJson(r.res, 200, present(result.object, r.rt, r.route.version), result.warnings);
}

async function applyPatch(r: ResourceRequest, body: unknown, opts: ReturnType<typeof writeOptions>): Promise<void> {
  const manager = r.query.get('fieldManager');
  if (!manager) throw invalid('PatchOptions', 'meta.k8s.io', '', [fieldError('fieldManager', 'FieldValueRequired', 'is required for apply patch')]);
  const applied = scopeApplied(r, requireObject(r, body));
  requireNameMatches(r, applied);
  const { store } = r.parts;
  const name = r.route.name ?? '';
  const current = store.get(r.rt, r.route.namespace, name);
  const wantedRv = applied.metadata.resourceVersion;
  if (wantedRv && wantedRv !== current?.metadata.resourceVersion) throw current ? conflict(r.rt, name) : notFound(r.rt, name);
  const request = { manager, force: isTruthy(r.query.get('force')), apiVersion: apiVersionOf(r.rt.group, r.route.version), subresource: subresourceOf(r) };
  if (!current) {
    const created = store.create(r.rt, r.route.namespace, serverSideApply(undefined, applied, request), opts);
    return sendJson(r.res, 201, present(created.object, r.rt, r.route.version), created.warnings);
  }
  const merged = serverSideApply(present(current, r.rt, r.route.version), applied, request);
  merged.metadata.resourceVersion = current.metadata.resourceVersion;
  const result = store.update(r.rt, r.route.namespace, name, merged, { ...opts, subresource: request.subresource });
  sendJson(r.res, 200, present(result.object, r.rt, r.route.version), result.warnings);
}

/** Fields an apply may own depend on the endpoint: only status on /status, everything but status otherwise. */
function scopeApplied(r: ResourceRequest, applied: KubeObject): KubeObject {
  if (r.route.subresource === 'status') {
    const { name, namespace, resourceVersion } = applied.metadata;
    return { apiVersion: applied.apiVersion, kind: applied.kind, metadata: { name, namespace, resourceVersion }, status: applied.status };
  }
  if (!r.rt.hasStatus) return applied;
  const { status: _ignored, ...rest } = applied;
  return rest as KubeObject;
}

async function deleteOptions(r: ResourceRequest): Promise<DeleteOptions> {
  const body = decodeBody(await readBody(r.req), 'application/json');
  const opts = isPlainObject(body) ? body : {};
  const orphan = opts.orphanDependents === true || r.query.get('orphanDependents') === 'true';
  const policy = (r.query.get('propagationPolicy') ?? opts.propagationPolicy ?? (orphan ? 'Orphan' : undefined)) as PropagationPolicy | undefined;
  if (policy !== undefined && !['Background', 'Foreground', 'Orphan'].includes(policy)) throw badRequest(`unsupported propagationPolicy ${String(policy)}`);
  const dryRun = r.query.get('dryRun') === 'All' || (Array.isArray(opts.dryRun) && opts.dryRun.includes('All'));
  r.log.dryRun = dryRun;
  return { dryRun, propagationPolicy: policy, preconditions: isPlainObject(opts.preconditions) ? (opts.preconditions as DeleteOptions['preconditions']) : undefined };
}

export async function handleDelete(r: ResourceRequest): Promise<void> {
  const opts = await deleteOptions(r);
  const name = r.route.name ?? '';
  const result = r.parts.store.delete(r.rt, r.route.namespace, name, opts);
  const obj = present(result.object, r.rt, r.route.version);
  // kube answers 200 when the object is gone and 202 while finalizers hold it; built-ins other than
  // namespaces return a success Status rather than the object once it is gone.
  if (result.removed && !r.rt.custom && r.rt.plural !== 'namespaces') {
    return sendJson(r.res, 200, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name, group: r.rt.group || undefined, kind: r.rt.plural, uid: obj.metadata.uid },
    });
  }
  sendJson(r.res, result.removed ? 200 : 202, obj);
}

export async function handleDeleteCollection(r: ResourceRequest): Promise<void> {
  const opts = await deleteOptions(r);
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const fields = parseFieldSelector(r.query.get('fieldSelector'), r.rt);
  const targets = r.parts.store.list(r.rt, r.route.namespace).filter((o) => labels(o) && fields(o));
  const items: KubeObject[] = [];
  for (const o of targets) {
    // An earlier deletion may have cascaded to this one already.
    if (!r.parts.store.get(r.rt, o.metadata.namespace, o.metadata.name ?? '')) continue;
    items.push(present(r.parts.store.delete(r.rt, o.metadata.namespace, o.metadata.name ?? '', opts).object, r.rt, r.route.version));
  }
  sendJson(r.res, 200, { kind: r.rt.listKind, apiVersion: apiVersionOf(r.rt.group, r.route.version), metadata: { resourceVersion: String(r.parts.store.resourceVersion()) }, items });
}
