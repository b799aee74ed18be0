/**
 * The academy API (`academy.trendtactics.io/v1alpha1`) for TypeScript: the generated types of
 * the three kinds, the CRD documents, defaulting and validation against them.
 */
import { defaultValue, schemaOf, type AcademyKind } from './schema.ts';
import { validateResource } from './validate.ts';
import type { Course, ShardSet, Tenant } from './types.generated.ts';

export * from './types.generated.ts';
export { API_VERSION, GROUP, VERSION, KINDS, CRD_FILES, CRD_DIR, loadCrd, loadCrds, schemaOf, defaultValue } from './schema.ts';
export type { AcademyKind, CrdDocument, JsonSchema } from './schema.ts';
export { validateResource, schemaViolations, type Violation } from './validate.ts';
export { CONDITION_TYPES, REASONS, findCondition, setCondition, isReady, type ConditionInput } from './conditions.ts';

/** The TypeScript type of each kind, as stored by the API server. */
export interface ResourceOfKind {
  ShardSet: ShardSet;
  Tenant: Tenant;
  Course: Course;
}

/** Any academy resource. */
export type AcademyResource = ResourceOfKind[AcademyKind];

/**
 * Applies the CRD's defaults to `object` (as the API server does before storing it). It does not
 * validate: use `parseResource` for input that may be wrong.
 */
export function withDefaults<K extends AcademyKind>(kind: K, object: unknown): ResourceOfKind[K] {
  return defaultValue(schemaOf(kind), object) as ResourceOfKind[K];
}

/** Defaults and validates `object`; throws naming every violation, as the API server would refuse it. */
export function parseResource<K extends AcademyKind>(kind: K, object: unknown): ResourceOfKind[K] {
  const violations = validateResource(kind, object);
  if (violations.length > 0) {
    const name = (object as { metadata?: { name?: string } } | null)?.metadata?.name ?? '<unnamed>';
    throw new Error(`${kind} ${name} is invalid: ${violations.map((v) => `${v.path || '.'}: ${v.message}`).join('; ')}`);
  }
  return withDefaults(kind, object);
}
