/**
 * The decoding half of CRD structural-schema handling, in kube-apiserver's order: drop `null`s of
 * non-nullable fields, prune fields the schema does not declare (unless
 * `x-kubernetes-preserve-unknown-fields`), then apply `default`s.
 */
import type { JSONSchemaProps } from './types.ts';
import { clone, isPlainObject } from './util.ts';

/** Fields a custom resource keeps at its root whatever its schema says. */
const rootFields = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * Normalizes `value` in place against `schema` and returns it; every pruned field's path is pushed
 * to `pruned` (for `fieldValidation=Strict|Warn`).
 */
export function normalize(value: unknown, schema: JSONSchemaProps | undefined, path: string, pruned: string[], isRoot = false): unknown {
  if (!schema) return value;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      value[i] = normalize(item, schema.items, `${path}[${i}]`, pruned);
    });
    return value;
  }
  if (!isPlainObject(value)) return value;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  const additional = schema.additionalProperties;
  for (const key of Object.keys(value)) {
    const child = value[key];
    const declared = schema.properties?.[key];
    const childSchema = declared ?? (isPlainObject(additional) ? additional : undefined);
    const keep = declared || additional === true || isPlainObject(additional) || preserve || ((isRoot || embedded) && rootFields.has(key));
    if (!keep) {
      delete value[key];
      pruned.push(join(path, key));
      continue;
    }
    if (child === null && childSchema && !childSchema.nullable) {
      delete value[key];
      continue;
    }
    if ((isRoot || embedded) && key === 'metadata') continue;
    value[key] = normalize(child, childSchema, join(path, key), pruned);
  }
  applyDefaults(value, schema, path, pruned);
  return value;
}

function applyDefaults(value: Record<string, unknown>, schema: JSONSchemaProps, path: string, pruned: string[]): void {
  for (const [key, propSchema] of Object.entries(schema.properties ?? {})) {
    if (value[key] === undefined && propSchema.default !== undefined) {
      // Defaults are themselves normalized so that nested defaults apply inside them.
      value[key] = normalize(clone(propSchema.default), propSchema, join(path, key), pruned);
    }
  }
}

/** `spec` + `replicas` -> `spec.replicas`; the root has an empty path. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
