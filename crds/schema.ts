/**
 * Loads the CRD files of `crds/` — the source of truth for the academy API — and works with their
 * OpenAPI schemas: structural defaulting (what the API server does before storing an object) and
 * the derivation used by the type generator.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const GROUP = 'academy.trendtactics.io';
export const VERSION = 'v1alpha1';
export const API_VERSION = `${GROUP}/${VERSION}` as const;

/** The kinds of the academy API, in the order their CRD files are listed. */
export const KINDS = ['ShardSet', 'Tenant', 'Course', 'TenantPool'] as const;
export type AcademyKind = (typeof KINDS)[number];

/** Directory holding the CRD YAML files. */
export const CRD_DIR = dirname(fileURLToPath(import.meta.url));

/** CRD file name (in `crds/`) of each kind. */
export const CRD_FILES: Readonly<Record<AcademyKind, string>> = {
  ShardSet: 'shardset.yaml',
  Tenant: 'tenant.yaml',
  Course: 'course.yaml',
  TenantPool: 'tenantpool.yaml',
};

/** The subset of a JSON-schema (Kubernetes JSONSchemaProps) this module reads. */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  required?: string[];
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  [key: string]: unknown;
}

/** A CustomResourceDefinition as read from its file (only the fields used here are typed). */
export interface CrdDocument {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: { name: string; labels?: Record<string, string> };
  spec: {
    group: string;
    scope: 'Namespaced' | 'Cluster';
    names: { kind: string; plural: string; singular: string; shortNames?: string[]; categories?: string[]; listKind?: string };
    versions: Array<{
      name: string;
      served: boolean;
      storage: boolean;
      schema: { openAPIV3Schema: JsonSchema };
      subresources?: { status?: Record<string, never> };
      additionalPrinterColumns?: Array<{ name: string; type: string; jsonPath: string; priority?: number }>;
    }>;
  };
}

/** Each kind's CRD as parsed from its file, read once: the files do not change while a process runs. */
const parsed = new Map<AcademyKind, CrdDocument>();

function parsedCrd(kind: AcademyKind): CrdDocument {
  let crd = parsed.get(kind);
  if (!crd) parsed.set(kind, (crd = deepFreeze(parse(readFileSync(join(CRD_DIR, CRD_FILES[kind]), 'utf8')) as CrdDocument)));
  return crd;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The CRD of `kind` (YAML anchors resolved): a fresh copy the caller may change. */
export function loadCrd(kind: AcademyKind): CrdDocument {
  return structuredClone(parsedCrd(kind));
}

/** Every CRD of the academy API, in KINDS order. */
export function loadCrds(): CrdDocument[] {
  return KINDS.map(loadCrd);
}

/**
 * The openAPIV3Schema of the served v1alpha1 version of `kind`: parsed once and shared, so it is
 * frozen (copy it with `structuredClone` to change it). Defaulting calls this per object.
 */
export function schemaOf(kind: AcademyKind): JsonSchema {
  const version = parsedCrd(kind).spec.versions.find((v) => v.name === VERSION);
  if (!version) throw new Error(`CRD of ${kind} has no version ${VERSION}`);
  return version.schema.openAPIV3Schema;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Structural defaulting as the API server does it: a missing property with a `default` gets a
 * copy of it, and defaulting then descends into every object and array element present, so a
 * `default: {}` lets the defaults of its own properties apply. Returns a new value.
 */
export function defaultValue(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) {
    return schema.items ? value.map((element) => defaultValue(schema.items as JsonSchema, element)) : value;
  }
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = { ...value };
  for (const [name, propertySchema] of Object.entries(schema.properties ?? {})) {
    if (result[name] === undefined && propertySchema.default !== undefined) {
      result[name] = structuredClone(propertySchema.default);
    }
    if (result[name] !== undefined) result[name] = defaultValue(propertySchema, result[name]);
  }
  if (isPlainObject(schema.additionalProperties)) {
    const valueSchema = schema.additionalProperties;
    for (const name of Object.keys(result)) {
      if (!(name in (schema.properties ?? {}))) result[name] = defaultValue(valueSchema, result[name]);
    }
  }
  return result;
}
