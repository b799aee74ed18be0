/**
 * Server-side apply (`application/apply-patch+yaml`), simplified:
 * - each field manager's applied fields are recorded in `metadata.managedFields` (operation Apply,
 *   FieldsV1); lists are owned atomically (as a whole), maps field by field;
 * - fields a manager applied before and omits now are removed unless another apply manager owns them;
 * - applying a different value to a field another apply manager owns is a 409 conflict unless
 *   `force=true`, which moves ownership;
 * - non-apply writes (create/update/patch) are not tracked as managers.
 */
import { ApiError } from './errors.ts';
import type { JsonObject, KubeObject, ManagedFieldsEntry } from './types.ts';
import { clone, deepEqual, isPlainObject, timestamp } from './util.ts';

const SEP = '\u0000';
/** Metadata fields identified by the request rather than owned. */
const unownedMeta = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink']);

/** Leaf paths of an applied configuration: scalars, lists and empty maps are leaves. */
export function fieldPaths(config: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown, prefix: string[]) => {
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) {
        if (prefix.length === 0 && (k === 'apiVersion' || k === 'kind')) continue;
        if (prefix.length === 1 && prefix[0] === 'metadata' && unownedMeta.has(k)) continue;
        walk(v, [...prefix, k]);
      }
    } else if (prefix.length > 0) out.add(prefix.join(SEP));
  };
  walk(config, []);
  return out;
}

function toFieldsV1(paths: Set<string>): JsonObject {
  const root: JsonObject = {};
  for (const path of paths) {
    let node = root;
    for (const key of path.split(SEP)) node = (node[`f:${key}`] ??= {}) as JsonObject;
  }
  return root;
}

function fromFieldsV1(fields: JsonObject | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (node: JsonObject, prefix: string[]) => {
    const keys = Object.keys(node).filter((k) => k.startsWith('f:'));
    if (keys.length === 0 && prefix.length > 0) out.add(prefix.join(SEP));
    for (const k of keys) walk(node[k] as JsonObject, [...prefix, k.slice(2)]);
  };
  if (fields) walk(fields, []);
  return out;
}

function valueAt(obj: unknown, path: string): unknown {
  let current = obj;
  for (const key of path.split(SEP)) current = isPlainObject(current) ? current[key] : undefined;
  return current;
}

function removeAt(obj: Record<string, unknown>, path: string): void {
  const keys = path.split(SEP);
  const parents: Record<string, unknown>[] = [];
  let current: unknown = obj;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(current)) return;
    parents.push(current);
    current = current[key];
  }
  if (!isPlainObject(current)) return;
  delete current[keys[keys.length - 1]];
  // Drop maps the removal emptied, as kube does for fields nobody owns any more.
  for (let i = keys.length - 2; i >= 0; i--) {
    const child = parents[i][keys[i]];
    if (isPlainObject(child) && Object.keys(child).length === 0) delete parents[i][keys[i]];
    else break;
  }
}

/** Applied maps merge into the live object; lists and scalars replace. */
function mergeApplied(live: unknown, applied: unknown): unknown {
  if (!isPlainObject(applied) || !isPlainObject(live)) return clone(applied);
  const out: Record<string, unknown> = { ...live };
  for (const [k, v] of Object.entries(applied)) out[k] = mergeApplied(out[k], v);
  return out;
}

function conflictError(conflicts: { manager: string; path: string }[]): ApiError {
  const dotted = (p: string) => `.${p.split(SEP).join('.')}`;
  const causes = conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}": ${dotted(c.path)}`, field: dotted(c.path) }));
  return new ApiError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `Apply failed with ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${causes.map((c) => c.message).join(', ')}`,
    reason: 'Conflict',
    details: { causes },
    code: 409,
  });
}

export interface ApplyRequest {
  manager: string;
  force: boolean;
  apiVersion: string;
  subresource?: string;
}

/**
 * Returns the object resulting from applying `applied` over `live` (undefined when creating), with
 * `metadata.managedFields` updated. Throws a 409 on conflicts without `force`.
 */
export function serverSideApply(live: KubeObject | undefined, applied: KubeObject, req: ApplyRequest): KubeObject {
  const entries = (live?.metadata.managedFields ?? []).filter((e) => e.operation === 'Apply');
  const isMine = (e: ManagedFieldsEntry) => e.manager === req.manager && (e.subresource ?? '') === (req.subresource ?? '');
  const mine = entries.find(isMine);
  const others = entries.filter((e) => !isMine(e)).map((e) => ({ entry: e, paths: fromFieldsV1(e.fieldsV1) }));
  const newPaths = fieldPaths(applied);

  const conflicts: { manager: string; path: string }[] = [];
  for (const path of newPaths) {
    for (const other of others) {
      if (other.paths.has(path) && !deepEqual(valueAt(live, path), valueAt(applied, path))) conflicts.push({ manager: other.entry.manager, path });
    }
  }
  if (conflicts.length > 0 && !req.force) throw conflictError(conflicts);
  // With force (or equal values, where ownership is shared), others lose only what conflicted.
  for (const c of conflicts) others.find((o) => o.entry.manager === c.manager)?.paths.delete(c.path);

  let result = clone(live ?? ({ apiVersion: applied.apiVersion, kind: applied.kind, metadata: {} } as KubeObject));
  const ownedByOthers = (path: string) => others.some((o) => o.paths.has(path));
  for (const path of fromFieldsV1(mine?.fieldsV1)) {
    if (!newPaths.has(path) && !ownedByOthers(path)) removeAt(result, path);
  }
  const { metadata: appliedMeta, ...appliedRest } = applied;
  const { managedFields: _m, resourceVersion: _rv, ...appliedMetaRest } = appliedMeta ?? {};
  result = mergeApplied(result, { ...appliedRest, metadata: appliedMetaRest }) as KubeObject;

  // A fresh time on every apply: the store treats a write that changes nothing else as a no-op.
  const entry: ManagedFieldsEntry = {
    manager: req.manager,
    operation: 'Apply',
    apiVersion: req.apiVersion,
    time: timestamp(),
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(newPaths),
    ...(req.subresource ? { subresource: req.subresource } : {}),
  };
  const otherEntries = others.map((o) => ({ ...o.entry, fieldsV1: toFieldsV1(o.paths) })).filter((e) => Object.keys(e.fieldsV1).length > 0);
  result.metadata.managedFields = [...otherEntries, entry].sort((a, b) => a.manager.localeCompare(b.manager));
  return result;
}
