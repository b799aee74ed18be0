/**
 * Turns a requested object into the object to store, or refuses it: built-in defaults and
 * conversions, CRD pruning/defaulting + schema + CEL validation, metadata validation.
 */
import { builtinRules } from './builtin-rules.ts';
import { builtinSchemaErrors } from './builtin-schema.ts';
import { establishedStatus, isCrdResource, validateCrd } from './crd.ts';
import { badRequest, invalid, type FieldError } from './errors.ts';
import { validateMetadata } from './meta.ts';
import { normalize } from './schema-normalize.ts';
import { validateValue } from './schema-validate.ts';
import type { KubeObject, ResourceType } from './types.ts';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface AdmissionResult {
  object: KubeObject;
  warnings: string[];
}

/**
 * Prepares and validates `obj` (mutated in place). `old` is the stored object on updates, for
 * immutability checks and CEL transition rules.
 */
export function admit(rt: ResourceType, obj: KubeObject, old: KubeObject | undefined, fieldValidation: FieldValidation): AdmissionResult {
  const warnings: string[] = [];
  const rules = builtinRules(rt.group, rt.kind);
  rules.prepare?.(obj, old);
  const errors: FieldError[] = validateMetadata(obj, rules.nameRule ?? 'subdomain');
  if (!rt.custom) errors.push(...builtinSchemaErrors(rt, obj));
  errors.push(...(rules.validate?.(obj, old) ?? []));
  if (isCrdResource(rt)) {
    errors.push(...validateCrd(obj));
    if (errors.length === 0) obj.status = establishedStatus(obj);
  }
  const schema = rt.custom?.versions.find((v) => v.storage)?.schema;
  if (rt.custom && schema) {
    const pruned: string[] = [];
    normalize(obj, schema, '', pruned, true);
    if (pruned.length > 0 && fieldValidation === 'Strict') {
      throw badRequest(`${rt.kind} in version "${obj.apiVersion.split('/').pop()}" cannot be handled as a ${rt.kind}: strict decoding error: ${pruned.map((p) => `unknown field "${p}"`).join(', ')}`);
    }
    if (fieldValidation === 'Warn') warnings.push(...pruned.map((p) => `unknown field "${p}"`));
    for (const [key, value] of Object.entries(obj)) {
      if (key === 'apiVersion' || key === 'kind' || key === 'metadata') continue;
      errors.push(...validateValue(value, schema.properties?.[key], key, old?.[key]));
    }
    for (const name of schema.required ?? []) {
      if (obj[name] === undefined) errors.push({ field: name, reason: 'FieldValueRequired', detail: 'Required value' });
    }
    errors.push(...rootRules(obj, old, schema));
  }
  if (errors.length > 0) throw invalid(rt.kind, rt.group, obj.metadata.name ?? obj.metadata.generateName ?? '', unique(errors));
  return { object: obj, warnings };
}

/** The schema check and the kind's own rules may report the same field twice. */
function unique(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** CEL rules on the root schema see the whole object (kube exposes metadata.name/generateName). */
function rootRules(obj: KubeObject, old: KubeObject | undefined, schema: NonNullable<ResourceType['custom']>['versions'][number]['schema']): FieldError[] {
  if (!schema?.['x-kubernetes-validations']) return [];
  const { properties: _p, required: _r, ...rootOnly } = schema;
  return validateValue(obj, { ...rootOnly, type: 'object' }, '', old);
}
