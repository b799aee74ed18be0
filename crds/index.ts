/**
 * The academy API (`academy.trendtactics.io/v1alpha1`) for TypeScript: the generated types of
 * the four kinds, the CRD documents, defaulting and conditions. Runtime-safe: it imports no dev
 * dependency. Validation with CEL (a dev dependency) lives in `./validate.ts`.
 */
import { defaultValue, schemaOf, type AcademyKind } from './schema.ts';
import type { Course, ShardSet, Tenant, TenantPool } from './types.generated.ts';

export * from './types.generated.ts';
export { API_VERSION, GROUP, VERSION, KINDS, CRD_FILES, CRD_DIR, loadCrd, loadCrds, schemaOf, defaultValue } from './schema.ts';
export type { AcademyKind, CrdDocument, JsonSchema } from './schema.ts';
export { CONDITION_TYPES, REASONS, findCondition, setCondition, isReady, type ConditionInput } from './conditions.ts';

/** The TypeScript type of each kind, as stored by the API server. */
export interface ResourceOfKind {
  ShardSet: ShardSet;
  Tenant: Tenant;
  Course: Course;
  TenantPool: TenantPool;
}

/**
 * Applies the CRD's defaults to `object` (as the API server does before storing it). It does not
 * validate: use `parseResource` (./validate.ts) for input that may be wrong.
 */
export function withDefaults<K extends AcademyKind>(kind: K, object: unknown): ResourceOfKind[K] {
  return defaultValue(schemaOf(kind), object) as ResourceOfKind[K];
}
