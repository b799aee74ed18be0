/** Validation of `metadata` shared by every kind: names, labels, annotations, finalizers, ownerReferences. */
import { fieldError, type FieldError } from './errors.ts';
import type { KubeObject } from './types.ts';
import { isPlainObject } from './util.ts';

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const maxAnnotationBytes = 256 * 1024;

export type NameRule = 'subdomain' | 'label' | 'dns1035';

/** kube's message for an invalid name, or undefined when `name` is valid under `rule`. */
export function nameProblem(name: string, rule: NameRule): string | undefined {
  if (rule === 'label') {
    if (name.length > 63) return 'must be no more than 63 characters';
    if (!dns1123Label.test(name)) {
      return `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`;
    }
    return undefined;
  }
  if (rule === 'dns1035') {
    if (name.length > 63) return 'must be no more than 63 characters';
    if (!dns1035Label.test(name)) {
      return `a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`;
    }
    return undefined;
  }
  if (name.length > 253) return 'must be no more than 253 characters';
  if (!dns1123Subdomain.test(name)) {
    return `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;
  }
  return undefined;
}

/** `example.com/name` or `name`: label keys, annotation keys, finalizers. */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional DNS subdomain prefix and '/'";
  const name = parts[parts.length - 1];
  if (parts.length === 2 && (parts[0] === '' || nameProblem(parts[0], 'subdomain'))) return 'prefix part must be a lowercase RFC 1123 subdomain';
  if (name.length === 0 || name.length > 63) return 'name part must be non-empty and no more than 63 characters';
  if (!qualifiedNamePart.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

function validateStringMap(value: unknown, path: string, errors: FieldError[], checkValue: (v: string) => string | undefined): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    errors.push(fieldError(path, 'FieldValueTypeInvalid', 'must be a map of strings', value));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) errors.push(fieldError(path, 'FieldValueInvalid', keyProblem, key));
    if (typeof v !== 'string') errors.push(fieldError(`${path}[${key}]`, 'FieldValueTypeInvalid', 'must be a string', v));
    else {
      const valueProblem = checkValue(v);
      if (valueProblem) errors.push(fieldError(`${path}[${key}]`, 'FieldValueInvalid', valueProblem, v));
    }
  }
}

/** Validates `obj.metadata`; `nameRule` depends on the kind (namespaces are labels, services DNS-1035). */
export function validateMetadata(obj: KubeObject, nameRule: NameRule): FieldError[] {
  const errors: FieldError[] = [];
  const meta = obj.metadata;
  if (!meta.name) errors.push(fieldError('metadata.name', 'FieldValueRequired', 'name or generateName is required'));
  else {
    const problem = nameProblem(meta.name, nameRule);
    if (problem) errors.push(fieldError('metadata.name', 'FieldValueInvalid', problem, meta.name));
  }
  validateStringMap(meta.labels, 'metadata.labels', errors, (v) =>
    v.length > 63 ? 'must be no more than 63 characters' : labelValue.test(v) ? undefined : "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
  );
  validateStringMap(meta.annotations, 'metadata.annotations', errors, () => undefined);
  const annotationBytes = Object.entries(meta.annotations ?? {}).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)), 0);
  if (annotationBytes > maxAnnotationBytes) {
    errors.push({ field: 'metadata.annotations', reason: 'FieldValueTooLong', detail: `Too long: may not be more than ${maxAnnotationBytes} bytes` });
  }
  (meta.finalizers ?? []).forEach((f, i) => {
    const problem = typeof f === 'string' ? qualifiedNameProblem(f) : 'must be a string';
    if (problem) errors.push(fieldError(`metadata.finalizers[${i}]`, 'FieldValueInvalid', problem, f));
  });
  validateOwnerReferences(obj, errors);
  return errors;
}

function validateOwnerReferences(obj: KubeObject, errors: FieldError[]): void {
  const refs = obj.metadata.ownerReferences ?? [];
  refs.forEach((ref, i) => {
    const path = `metadata.ownerReferences[${i}]`;
    for (const key of ['apiVersion', 'kind', 'name', 'uid'] as const) {
      if (!ref[key]) errors.push(fieldError(`${path}.${key}`, 'FieldValueRequired'));
    }
  });
  if (refs.filter((r) => r.controller).length > 1) {
    errors.push(fieldError('metadata.ownerReferences', 'FieldValueInvalid', 'Only one reference can have Controller set to true', 'array'));
  }
}
