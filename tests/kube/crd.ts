/** CustomResourceDefinitions: admission checks, the status kube-apiserver reports, and the served resource. */
import { ruleCompileError } from './cel.ts';
import { fieldError, type FieldError } from './errors.ts';
import type { CustomVersion, JSONSchemaProps, KubeObject, PrinterColumn, ResourceType } from './types.ts';
import { isPlainObject, timestamp } from './util.ts';
import { compareKubeVersions } from './versions.ts';

interface CrdVersionSpec {
  name: string;
  served?: boolean;
  storage?: boolean;
  schema?: { openAPIV3Schema?: JSONSchemaProps };
  subresources?: { status?: object; scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string } };
  additionalPrinterColumns?: PrinterColumn[];
}

interface CrdSpec {
  group?: string;
  scope?: 'Namespaced' | 'Cluster';
  names?: { plural?: string; singular?: string; kind?: string; listKind?: string; shortNames?: string[]; categories?: string[] };
  versions?: CrdVersionSpec[];
}

function specOf(crd: KubeObject): CrdSpec {
  return (isPlainObject(crd.spec) ? crd.spec : {}) as CrdSpec;
}

const lowerLabel = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Whether `rt` is the CustomResourceDefinition resource itself. */
export function isCrdResource(rt: Pick<ResourceType, 'group' | 'kind'>): boolean {
  return rt.group === 'apiextensions.k8s.io' && rt.kind === 'CustomResourceDefinition';
}

/** The finalizer a CRD carries while its objects are being deleted. */
export const crdCleanupFinalizer = 'customresourcecleanup.apiextensions.k8s.io';

/** Field errors of a CRD that kube-apiserver would refuse (a practical subset of its checks). */
export function validateCrd(crd: KubeObject): FieldError[] {
  const errors: FieldError[] = [];
  const spec = specOf(crd);
  const names = spec.names ?? {};
  if (!spec.group) errors.push(fieldError('spec.group', 'FieldValueRequired'));
  if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster') errors.push(fieldError('spec.scope', 'FieldValueNotSupported', 'supported values: "Cluster", "Namespaced"', spec.scope ?? ''));
  if (!names.plural || !lowerLabel.test(names.plural)) errors.push(fieldError('spec.names.plural', names.plural ? 'FieldValueInvalid' : 'FieldValueRequired', names.plural ? 'must be a lowercase DNS-1035 label' : undefined, names.plural));
  if (!names.kind) errors.push(fieldError('spec.names.kind', 'FieldValueRequired'));
  if (names.singular && !lowerLabel.test(names.singular)) errors.push(fieldError('spec.names.singular', 'FieldValueInvalid', 'must be a lowercase DNS-1035 label', names.singular));
  if (spec.group && names.plural && crd.metadata.name !== `${names.plural}.${spec.group}`) {
    errors.push(fieldError('metadata.name', 'FieldValueInvalid', `must be spec.names.plural+"."+spec.group`, crd.metadata.name ?? ''));
  }
  const versions = spec.versions ?? [];
  if (versions.length === 0) errors.push(fieldError('spec.versions', 'FieldValueRequired', 'must have exactly one version marked as storage version'));
  else if (versions.filter((v) => v.storage).length !== 1) {
    errors.push(fieldError('spec.versions', 'FieldValueInvalid', 'must have exactly one version marked as storage version', 'array'));
  }
  versions.forEach((v, i) => {
    const path = `spec.versions[${i}]`;
    if (!v.name) errors.push(fieldError(`${path}.name`, 'FieldValueRequired'));
    const schema = v.schema?.openAPIV3Schema;
    if (!schema) errors.push(fieldError(`${path}.schema.openAPIV3Schema`, 'FieldValueRequired', 'schemas are required'));
    else checkStructural(schema, `${path}.schema.openAPIV3Schema`, errors, true);
  });
  return errors;
}

/** Structural-schema rules: every node has a type (or preserves unknown fields); CEL rules compile. */
function checkStructural(schema: JSONSchemaProps, path: string, errors: FieldError[], isRoot = false): void {
  const typeExempt = schema['x-kubernetes-int-or-string'] || schema['x-kubernetes-preserve-unknown-fields'];
  if (!schema.type && !typeExempt && !isRoot) errors.push(fieldError(`${path}.type`, 'FieldValueRequired', 'must not be empty for specified object fields'));
  if (isRoot && schema.type !== 'object') errors.push(fieldError(`${path}.type`, 'FieldValueInvalid', 'must be object at the root', schema.type ?? ''));
  if (schema.uniqueItems) errors.push(fieldError(`${path}.uniqueItems`, 'FieldValueForbidden', 'uniqueItems cannot be set to true since the runtime complexity becomes quadratic'));
  (schema['x-kubernetes-validations'] ?? []).forEach((rule, i) => {
    const problem = typeof rule.rule === 'string' ? ruleCompileError(rule.rule) : 'rule must be a string';
    if (problem) errors.push(fieldError(`${path}.x-kubernetes-validations[${i}].rule`, 'FieldValueInvalid', `compilation failed: ${problem}`, rule.rule));
    if (rule.messageExpression && ruleCompileError(rule.messageExpression)) {
      errors.push(fieldError(`${path}.x-kubernetes-validations[${i}].messageExpression`, 'FieldValueInvalid', 'compilation failed', rule.messageExpression));
    }
  });
  for (const [name, child] of Object.entries(schema.properties ?? {})) checkStructural(child, `${path}.properties[${name}]`, errors);
  if (schema.items) checkStructural(schema.items, `${path}.items`, errors);
  if (isPlainObject(schema.additionalProperties)) checkStructural(schema.additionalProperties as JSONSchemaProps, `${path}.additionalProperties`, errors);
  if (schema.pattern !== undefined) {
    try {
      new RegExp(schema.pattern, 'u');
    } catch {
      errors.push(fieldError(`${path}.pattern`, 'FieldValueInvalid', 'must be a valid regular expression', schema.pattern));
    }
  }
}

/** The status kube-apiserver's CRD controllers write once the names are accepted. */
export function establishedStatus(crd: KubeObject): Record<string, unknown> {
  const spec = specOf(crd);
  const names = spec.names ?? {};
  const now = timestamp();
  const storage = (spec.versions ?? []).find((v) => v.storage)?.name;
  const previous = isPlainObject(crd.status) && Array.isArray(crd.status.storedVersions) ? (crd.status.storedVersions as string[]) : [];
  // Keep transition times of conditions that did not change, so re-applying a CRD is a no-op.
  const since = (type: string) => {
    const conditions = isPlainObject(crd.status) && Array.isArray(crd.status.conditions) ? (crd.status.conditions as { type: string; lastTransitionTime?: string }[]) : [];
    return conditions.find((c) => c.type === type)?.lastTransitionTime ?? now;
  };
  return {
    acceptedNames: { plural: names.plural, singular: names.singular ?? names.kind?.toLowerCase(), kind: names.kind, listKind: names.listKind ?? `${names.kind}List`, shortNames: names.shortNames, categories: names.categories },
    conditions: [
      { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found', lastTransitionTime: since('NamesAccepted') },
      { type: 'Established', status: 'True', reason: 'InitialNamesAccepted', message: 'the initial names have been accepted', lastTransitionTime: since('Established') },
    ],
    storedVersions: storage && !previous.includes(storage) ? [...previous, storage] : previous,
  };
}

/** The resource a (valid) CRD serves. */
export function resourceFromCrd(crd: KubeObject): ResourceType {
  const spec = specOf(crd);
  const names = spec.names ?? {};
  const versions: CustomVersion[] = (spec.versions ?? []).map((v) => ({
    name: v.name,
    served: v.served !== false,
    storage: v.storage === true,
    schema: v.schema?.openAPIV3Schema,
    printerColumns: v.additionalPrinterColumns ?? [],
  }));
  const served = versions.filter((v) => v.served).map((v) => v.name).sort(compareKubeVersions);
  return {
    group: spec.group ?? '',
    versions: served,
    kind: names.kind ?? '',
    listKind: names.listKind ?? `${names.kind}List`,
    plural: names.plural ?? '',
    singular: names.singular ?? (names.kind ?? '').toLowerCase(),
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    namespaced: spec.scope === 'Namespaced',
    hasStatus: (spec.versions ?? []).some((v) => v.subresources?.status !== undefined),
    scale: (spec.versions ?? []).find((v) => v.subresources?.scale)?.subresources?.scale,
    custom: { crdName: crd.metadata.name ?? '', versions },
  };
}
