/**
 * PATCH bodies: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and a strategic merge patch that
 * merges the well-known lists of built-ins by their keys (containers by name, ports by port, ...)
 * and understands the `$patch`, `$retainKeys`, `$setElementOrder` and `$deleteFromPrimitiveList`
 * directives kubectl sends. Server-side apply lives in `apply.ts`.
 */
import { ApiError, type StatusObject } from './errors.ts';
import { clone, deepEqual, isPlainObject } from './util.ts';

function patchError(message: string): ApiError {
  const status: StatusObject = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Invalid', code: 422 };
  return new ApiError(status);
}

/** RFC 7386: objects merge recursively, `null` deletes, everything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return clone(patch);
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw patchError(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split('/').map(unescapePointer);
}

type Container = Record<string, unknown> | unknown[];

function resolveParent(doc: unknown, path: string[], pointer: string): { parent: Container; key: string } {
  let current = doc;
  for (const segment of path.slice(0, -1)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isPlainObject(current)) current = current[segment];
    else current = undefined;
    if (current === undefined) throw patchError(`doc is missing path: "${pointer}": missing value`);
  }
  if (!Array.isArray(current) && !isPlainObject(current)) throw patchError(`doc is missing path: "${pointer}": missing value`);
  return { parent: current, key: path[path.length - 1] };
}

function getAt(doc: unknown, pointer: string): unknown {
  const path = parsePointer(pointer);
  if (path.length === 0) return doc;
  const { parent, key } = resolveParent(doc, path, pointer);
  const value = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (value === undefined) throw patchError(`doc is missing path: "${pointer}": missing value`);
  return value;
}

function removeAt(doc: unknown, pointer: string): unknown {
  const { parent, key } = resolveParent(doc, parsePointer(pointer), pointer);
  if (Array.isArray(parent)) {
    const index = Number(key);
    if (!(index >= 0 && index < parent.length)) throw patchError(`unable to remove nonexistent index ${key}: "${pointer}"`);
    return parent.splice(index, 1)[0];
  }
  if (!(key in parent)) throw patchError(`unable to remove nonexistent key: ${key}: missing value`);
  const value = parent[key];
  delete parent[key];
  return value;
}

function addAt(doc: unknown, pointer: string, value: unknown, replace: boolean): unknown {
  const path = parsePointer(pointer);
  if (path.length === 0) return value;
  const { parent, key } = resolveParent(doc, path, pointer);
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : Number(key);
    if (!(index >= 0 && index <= parent.length) || (replace && index >= parent.length)) throw patchError(`index out of bounds: "${pointer}"`);
    parent.splice(index, replace ? 1 : 0, value);
  } else {
    if (replace && !(key in parent)) throw patchError(`replace operation does not apply: doc is missing key: ${pointer}: missing value`);
    parent[key] = value;
  }
  return doc;
}

/** RFC 6902 operations applied in order to a copy of `target`. */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw patchError('json patch must be an array of operations');
  let doc = clone(target);
  for (const op of operations) {
    if (!isPlainObject(op) || typeof op.path !== 'string') throw patchError('json patch operation must have a string "path"');
    const from = typeof op.from === 'string' ? op.from : '';
    switch (op.op) {
      case 'add':
        doc = addAt(doc, op.path, clone(op.value), false);
        break;
      case 'replace':
        doc = addAt(doc, op.path, clone(op.value), true);
        break;
      case 'remove':
        removeAt(doc, op.path);
        break;
      case 'move':
        doc = addAt(doc, op.path, removeAt(doc, from), false);
        break;
      case 'copy':
        doc = addAt(doc, op.path, clone(getAt(doc, from)), false);
        break;
      case 'test':
        if (!deepEqual(getAt(doc, op.path), op.value)) throw patchError(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw patchError(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return doc;
}

/** Merge keys of the lists built-ins declare with `patchStrategy: merge`. */
const mergeKeys: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  ownerReferences: 'uid',
  conditions: 'type',
  tolerations: 'key',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
};

function mergeKeyFor(field: string, items: unknown[]): string | undefined {
  if (field === 'ports') return items.some((p) => isPlainObject(p) && 'containerPort' in p) ? 'containerPort' : 'port';
  return mergeKeys[field];
}

function mergeList(field: string, current: unknown, patch: unknown[], order: unknown[] | undefined): unknown[] {
  const base = Array.isArray(current) ? current : [];
  const key = mergeKeyFor(field, [...base, ...patch]);
  if (!key || !patch.every(isPlainObject)) return clone(patch);
  const result = base.map((item) => clone(item)) as Record<string, unknown>[];
  for (const item of patch as Record<string, unknown>[]) {
    const index = result.findIndex((r) => r[key] === item[key]);
    if (item.$patch === 'delete') {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) result[index] = strategicMerge(result[index], item) as Record<string, unknown>;
    else result.push(strategicMerge({}, item) as Record<string, unknown>);
  }
  if (!order) return result;
  const rank = (r: Record<string, unknown>) => {
    const i = order.findIndex((o) => isPlainObject(o) && o[key] === r[key]);
    return i < 0 ? order.length : i;
  };
  return result.sort((a, b) => rank(a) - rank(b));
}

/** Strategic merge patch: merge patch plus keyed list merges and kubectl's `$` directives. */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _ignored, ...rest } = patch;
    return strategicMerge({}, rest);
  }
  if (patch.$patch === 'delete') return undefined;
  let out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) {
      const deleteFrom = /^\$deleteFromPrimitiveList\/(.+)$/.exec(key);
      if (deleteFrom && Array.isArray(out[deleteFrom[1]]) && Array.isArray(value)) {
        out[deleteFrom[1]] = (out[deleteFrom[1]] as unknown[]).filter((x) => !value.includes(x));
      }
      continue;
    }
    if (value === null) delete out[key];
    else if (Array.isArray(value)) {
      const order = patch[`$setElementOrder/${key}`];
      out[key] = mergeList(key, out[key], value, Array.isArray(order) ? order : undefined);
    } else {
      const merged = strategicMerge(out[key], value);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    }
  }
  return out;
}
