/**
 * Validates a normalized custom resource against its CRD's structural schema: OpenAPI value
 * validations first, then the `x-kubernetes-validations` CEL rules of every schema node whose
 * subtree passed them. Messages follow kube-apiserver's wording (`spec.x in body should be ...`).
 */
import { evaluateRule, isTransitionRule, toCelValue } from './cel.ts';
import { fieldError, type FieldError } from './errors.ts';
import { integerInFormat, matchesFormat } from './formats.ts';
import { join } from './schema-normalize.ts';
import type { JSONSchemaProps, ValidationRule } from './types.ts';
import { deepEqual, isPlainObject } from './util.ts';

type Scalar = string | number | boolean;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(schema: JSONSchemaProps, value: unknown): boolean {
  const actual = jsonType(value);
  if (schema['x-kubernetes-int-or-string']) return actual === 'integer' || actual === 'string';
  if (!schema.type) return true;
  if (schema.type === 'number') return actual === 'number' || actual === 'integer';
  return actual === schema.type;
}

/**
 * Validates `value` at `path`; `old` is the value at the same place in the stored object (when it
 * can be correlated), for transition rules. Returns the field errors found.
 */
export function validateValue(value: unknown, schema: JSONSchemaProps | undefined, path: string, old?: unknown): FieldError[] {
  const errors: FieldError[] = [];
  walk(value, schema, path, old, errors);
  return errors;
}

function walk(value: unknown, schema: JSONSchemaProps | undefined, path: string, old: unknown, errors: FieldError[]): void {
  if (!schema) return;
  const before = errors.length;
  if (value === null) {
    if (!schema.nullable) errors.push(fieldError(path, 'FieldValueTypeInvalid', `${path} in body must be of type ${schema.type ?? 'object'}: "null"`, schema.type ?? 'null'));
    return;
  }
  if (!typeMatches(schema, value)) {
    const actual = jsonType(value);
    errors.push(fieldError(path, 'FieldValueTypeInvalid', `${path} in body must be of type ${schema.type ?? 'integer-or-string'}: "${actual}"`, actual));
    return;
  }
  checkEnum(value, schema, path, errors);
  if (typeof value === 'number') checkNumber(value, schema, path, errors);
  if (typeof value === 'string') checkString(value, schema, path, errors);
  if (Array.isArray(value)) checkArray(value, schema, path, old, errors);
  if (isPlainObject(value)) checkObject(value, schema, path, old, errors);
  checkComposition(value, schema, path, errors);
  if (errors.length === before) checkRules(value, schema, path, old, errors);
}

function checkEnum(value: unknown, schema: JSONSchemaProps, path: string, errors: FieldError[]): void {
  if (!schema.enum || schema.enum.some((allowed) => deepEqual(allowed, value))) return;
  const supported = schema.enum.map((v) => JSON.stringify(v)).join(', ');
  errors.push(fieldError(path, 'FieldValueNotSupported', `supported values: ${supported}`, value));
}

function checkNumber(value: number, s: JSONSchemaProps, path: string, errors: FieldError[]): void {
  const invalid = (detail: string) => errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body ${detail}`, value));
  if (s.minimum !== undefined && (s.exclusiveMinimum ? value <= s.minimum : value < s.minimum)) {
    invalid(`should be greater than ${s.exclusiveMinimum ? '' : 'or equal to '}${s.minimum}`);
  }
  if (s.maximum !== undefined && (s.exclusiveMaximum ? value >= s.maximum : value > s.maximum)) {
    invalid(`should be less than ${s.exclusiveMaximum ? '' : 'or equal to '}${s.maximum}`);
  }
  if (s.multipleOf !== undefined && Math.abs(value / s.multipleOf - Math.round(value / s.multipleOf)) > 1e-9) {
    invalid(`should be a multiple of ${s.multipleOf}`);
  }
  if (!integerInFormat(s.format, value)) invalid(`must be of type ${s.format}: "${value}"`);
}

function checkString(value: string, s: JSONSchemaProps, path: string, errors: FieldError[]): void {
  const length = [...value].length;
  if (s.minLength !== undefined && length < s.minLength) {
    errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body should be at least ${s.minLength} chars long`, value));
  }
  if (s.maxLength !== undefined && length > s.maxLength) {
    errors.push(fieldError(path, 'FieldValueTooLong', `may not be more than ${s.maxLength} bytes`));
  }
  if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) {
    errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body should match '${s.pattern}'`, value));
  }
  if (s.format && !matchesFormat(s.format, value)) {
    errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body must be of type ${s.format}: ${JSON.stringify(value)}`, value));
  }
}

function listMapKey(item: unknown, keys: string[]): string {
  return JSON.stringify(keys.map((k) => (isPlainObject(item) ? item[k] : undefined)));
}

function checkArray(value: unknown[], s: JSONSchemaProps, path: string, old: unknown, errors: FieldError[]): void {
  if (s.minItems !== undefined && value.length < s.minItems) {
    errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body should have at least ${s.minItems} items`, value.length));
  }
  if (s.maxItems !== undefined && value.length > s.maxItems) {
    errors.push({ field: path, reason: 'FieldValueTooMany', detail: `Too many: ${value.length}: must have at most ${s.maxItems} items` });
  }
  const listType = s['x-kubernetes-list-type'];
  const mapKeys = s['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const key = listType === 'map' ? listMapKey(item, mapKeys) : JSON.stringify(item);
    if ((listType === 'set' || listType === 'map' || s.uniqueItems) && seen.has(key)) {
      errors.push(fieldError(`${path}[${i}]`, 'FieldValueDuplicate', undefined, listType === 'map' ? JSON.parse(key) : item));
    }
    seen.add(key);
    // Only list-map items correlate with the stored list (by their keys), as in kube.
    const oldItem = listType === 'map' && Array.isArray(old) ? old.find((o) => listMapKey(o, mapKeys) === key) : undefined;
    walk(item, s.items, `${path}[${i}]`, oldItem, errors);
  });
}

function checkObject(value: Record<string, unknown>, s: JSONSchemaProps, path: string, old: unknown, errors: FieldError[]): void {
  for (const name of s.required ?? []) {
    if (value[name] === undefined) errors.push(fieldError(join(path, name), 'FieldValueRequired'));
  }
  const count = Object.keys(value).length;
  if (s.minProperties !== undefined && count < s.minProperties) {
    errors.push(fieldError(path, 'FieldValueInvalid', `${path} in body should have at least ${s.minProperties} properties`, count));
  }
  if (s.maxProperties !== undefined && count > s.maxProperties) {
    errors.push({ field: path, reason: 'FieldValueTooMany', detail: `Too many: ${count}: must have at most ${s.maxProperties} items` });
  }
  const oldObject = isPlainObject(old) ? old : undefined;
  for (const [key, child] of Object.entries(value)) {
    const declared = s.properties?.[key];
    if (declared) walk(child, declared, join(path, key), oldObject?.[key], errors);
    else if (isPlainObject(s.additionalProperties)) walk(child, s.additionalProperties, `${path}[${key}]`, oldObject?.[key], errors);
  }
}

function checkComposition(value: unknown, s: JSONSchemaProps, path: string, errors: FieldError[]): void {
  const passes = (sub: JSONSchemaProps) => validateValue(value, { type: s.type, ...sub }, path).length === 0;
  const bad = (detail: string) => errors.push(fieldError(path, 'FieldValueInvalid', detail, value as Scalar));
  for (const sub of s.allOf ?? []) errors.push(...validateValue(value, sub, path));
  if (s.anyOf && !s.anyOf.some(passes)) bad('must validate at least one schema (anyOf)');
  if (s.oneOf && s.oneOf.filter(passes).length !== 1) bad('must validate one and only one schema (oneOf)');
  if (s.not && passes(s.not)) bad('must not validate the schema (not)');
}

/** `.minReplicas` / `['a.b']` -> path segments appended to the node's path. */
function ruleFieldPath(path: string, fieldPath: string | undefined): string {
  if (!fieldPath) return path;
  const segments = [...fieldPath.matchAll(/\.([A-Za-z_$][\w$-]*)|\['([^']*)'\]|\[(\d+)\]/g)];
  return segments.reduce((p, m) => (m[3] !== undefined ? `${p}[${m[3]}]` : join(p, m[1] ?? m[2])), path);
}

function checkRules(value: unknown, s: JSONSchemaProps, path: string, old: unknown, errors: FieldError[]): void {
  const rules = s['x-kubernetes-validations'];
  if (!rules?.length) return;
  const self = toCelValue(value, s);
  const oldSelf = old === undefined ? undefined : toCelValue(old, s);
  for (const rule of rules) {
    const transition = isTransitionRule(rule);
    if (transition && oldSelf === undefined) continue;
    const outcome = evaluateRule(rule, self, transition ? oldSelf : undefined);
    if (!outcome.ok) errors.push(ruleError(rule, ruleFieldPath(path, rule.fieldPath), s, outcome.message));
  }
}

function ruleError(rule: ValidationRule, field: string, s: JSONSchemaProps, message: string): FieldError {
  switch (rule.reason) {
    case 'FieldValueRequired':
      return { field, reason: rule.reason, detail: `Required value: ${message}` };
    case 'FieldValueForbidden':
      return { field, reason: rule.reason, detail: `Forbidden: ${message}` };
    case 'FieldValueDuplicate':
      return { field, reason: rule.reason, detail: `Duplicate value: ${message}` };
    default:
      return fieldError(field, 'FieldValueInvalid', message, s.type ?? 'object');
  }
}
