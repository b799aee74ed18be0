/**
 * Checks a resource against its CRD the way the API server would on create/update: structural
 * defaulting, then the OpenAPI constraints used in `crds/` (type, required, enum, bounds,
 * lengths, pattern, item and property counts, unknown fields), then the CEL rules
 * (`x-kubernetes-validations`, transition rules with `oldSelf` only when an old object exists).
 *
 * Used by `npm run synth` to refuse a sample the API server would refuse, and by the tests that
 * prove each rule of the CRDs. The CEL evaluator is @marcbachmann/cel-js (a dev dependency).
 */
import { evaluate } from '@marcbachmann/cel-js';
import { defaultValue, schemaOf, type AcademyKind, type JsonSchema } from './schema.ts';
import type { ResourceOfKind } from './index.ts';

/** One refusal: the JSON path of the offending value and why. */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

interface CelRule {
  rule: string;
  message?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** CEL sees schema integers as int (BigInt in cel-js); JSON numbers would be doubles. */
function toCel(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === 'integer' && typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (Array.isArray(value)) return value.map((v) => (schema.items ? toCel(schema.items, v) : v));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const propertySchema = schema.properties?.[k] ?? (isPlainObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
        return [k, propertySchema ? toCel(propertySchema, v) : v];
      }),
    );
  }
  return value;
}

function typeMatches(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

function checkOpenApi(schema: JsonSchema, value: unknown, path: string, out: Violation[]): void {
  const fail = (message: string): void => void out.push({ path, message });
  if (!typeMatches(schema.type, value)) return fail(`must be of type ${schema.type}`);
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues && !enumValues.includes(value)) fail(`must be one of ${enumValues.map(String).join(', ')}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`must be >= ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`must be <= ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail(`must have at least ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail(`must have at most ${schema.maxLength} characters`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) fail(`must match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail(`must have at most ${schema.maxItems} items`);
    const keys = schema['x-kubernetes-list-map-keys'] as string[] | undefined;
    if (keys) {
      const seen = new Set(value.map((item) => JSON.stringify(keys.map((k) => (item as Record<string, unknown>)[k]))));
      if (seen.size !== value.length) fail(`must not repeat a value of ${keys.join(', ')}`);
    }
    value.forEach((item, i) => schema.items && checkOpenApi(schema.items, item, `${path}[${i}]`, out));
  }
  if (isPlainObject(value)) {
    const count = Object.keys(value).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties) fail(`must have at least ${schema.minProperties} fields`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) fail(`must have at most ${schema.maxProperties} fields`);
    for (const name of schema.required ?? []) {
      if (value[name] === undefined) out.push({ path: `${path}.${name}`, message: 'is required' });
    }
    const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
    for (const [name, child] of Object.entries(value)) {
      const childSchema = schema.properties?.[name] ?? (isPlainObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
      if (childSchema) checkOpenApi(childSchema, child, `${path}.${name}`, out);
      else if (!preserve && schema.properties) out.push({ path: `${path}.${name}`, message: 'is not a known field' });
    }
  }
}

function checkCel(schema: JsonSchema, value: unknown, old: unknown, path: string, out: Violation[]): void {
  if (value === undefined) return;
  for (const { rule, message } of (schema['x-kubernetes-validations'] as CelRule[] | undefined) ?? []) {
    const transition = /\boldSelf\b/.test(rule);
    if (transition && old === undefined) continue;
    let result: unknown;
    try {
      result = evaluate(rule, transition ? { self: toCel(schema, value), oldSelf: toCel(schema, old) } : { self: toCel(schema, value) });
    } catch (error) {
      result = `error: ${(error as Error).message}`;
    }
    if (result !== true) out.push({ path, message: message ?? `failed rule: ${rule}${result === false ? '' : ` (${String(result)})`}` });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => checkCel(schema.items as JsonSchema, item, undefined, `${path}[${i}]`, out));
  }
  if (isPlainObject(value)) {
    const oldObject = isPlainObject(old) ? old : {};
    for (const [name, child] of Object.entries(value)) {
      const childSchema = schema.properties?.[name] ?? (isPlainObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
      if (childSchema) checkCel(childSchema, child, oldObject[name], `${path}.${name}`, out);
    }
  }
}

/** The OpenAPI constraints of `schema` that `value` breaks (no defaulting, no CEL). */
export function schemaViolations(schema: JsonSchema, value: unknown): Violation[] {
  const violations: Violation[] = [];
  checkOpenApi(schema, value, '', violations);
  return violations;
}

/**
 * Defaults `object` with the CRD of `kind` and returns every violation of its schema and CEL
 * rules; `oldObject` (already stored, so already defaulted) enables the transition rules.
 */
export function validateResource(kind: AcademyKind, object: unknown, oldObject?: unknown): Violation[] {
  return defaultAndValidate(kind, object, oldObject).violations;
}

function defaultAndValidate(kind: AcademyKind, object: unknown, oldObject?: unknown): { defaulted: unknown; violations: Violation[] } {
  const schema = schemaOf(kind);
  const defaulted = defaultValue(schema, object);
  const violations: Violation[] = [];
  checkOpenApi(schema, defaulted, '', violations);
  if (violations.length === 0) checkCel(schema, defaulted, oldObject, '', violations);
  return { defaulted, violations };
}

/** Defaults and validates `object`; throws naming every violation, as the API server would refuse it. */
export function parseResource<K extends AcademyKind>(kind: K, object: unknown): ResourceOfKind[K] {
  const { defaulted, violations } = defaultAndValidate(kind, object);
  if (violations.length > 0) {
    const name = (object as { metadata?: { name?: string } } | null)?.metadata?.name ?? '<unnamed>';
    throw new Error(`${kind} ${name} is invalid: ${violations.map((v) => `${v.path || '.'}: ${v.message}`).join('; ')}`);
  }
  return defaulted as ResourceOfKind[K];
}
