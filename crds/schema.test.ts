import { describe, expect, it } from 'vitest';
import { KINDS, loadCrd, schemaOf, defaultValue, type JsonSchema } from './schema.ts';
import { schemaViolations } from './validate.ts';
import { validateBuiltin } from '../operator/constructs/kube-schemas.ts';

/** Every node of a structural schema states its type, unless it preserves unknown fields. */
function untypedPaths(schema: JsonSchema, path: string): string[] {
  const own = schema.type || schema['x-kubernetes-preserve-unknown-fields'] ? [] : [path];
  const children = [
    ...Object.entries(schema.properties ?? {}).map(([name, child]) => untypedPaths(child, `${path}.${name}`)),
    ...(schema.items ? [untypedPaths(schema.items, `${path}[]`)] : []),
    ...(typeof schema.additionalProperties === 'object' ? [untypedPaths(schema.additionalProperties, `${path}{}`)] : []),
  ];
  return [...own, ...children.flat()];
}

/** Paths of every `default`, with the schema it must satisfy. */
function defaults(schema: JsonSchema, path: string): Array<[string, JsonSchema]> {
  const own: Array<[string, JsonSchema]> = schema.default !== undefined ? [[path, schema]] : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([name, child]) => defaults(child, `${path}.${name}`)),
    ...(schema.items ? defaults(schema.items, `${path}[]`) : []),
  ];
}

describe.each(KINDS)('CRD of %s', (kind) => {
  const crd = loadCrd(kind);
  const version = crd.spec.versions[0];

  it('is academy.trendtactics.io/v1alpha1, served and stored, with a status subresource', () => {
    expect(crd.metadata.name).toBe(`${crd.spec.names.plural}.academy.trendtactics.io`);
    expect(crd.spec.versions).toHaveLength(1);
    expect(version).toMatchObject({ name: 'v1alpha1', served: true, storage: true, subresources: { status: {} } });
  });

  it('is a CustomResourceDefinition the apiextensions.k8s.io/v1 schema accepts', () => {
    expect(() => validateBuiltin(crd)).not.toThrow();
  });

  it('has short names, the academy category and Ready and Age printer columns', () => {
    expect(crd.spec.names.shortNames?.length).toBeGreaterThan(0);
    expect(crd.spec.names.categories).toEqual(['academy']);
    const columns = version.additionalPrinterColumns?.map((c) => c.name);
    expect(columns).toContain('Ready');
    expect(columns?.at(-1)).toBe('Age');
  });

  it('has a structural schema: every node typed', () => {
    expect(untypedPaths(schemaOf(kind), '')).toEqual([]);
  });

  it('has a status with observedGeneration and metav1.Condition conditions', () => {
    const status = schemaOf(kind).properties?.status;
    expect(status?.properties?.observedGeneration?.type).toBe('integer');
    const condition = status?.properties?.conditions?.items;
    expect(condition?.required).toEqual(['type', 'status', 'reason', 'message', 'lastTransitionTime']);
    expect(condition?.properties?.status?.enum).toEqual(['True', 'False', 'Unknown']);
  });

  it('every default satisfies its own schema (the API server refuses a CRD whose defaults do not)', () => {
    const found = defaults(schemaOf(kind), '');
    expect(found.length).toBeGreaterThan(0);
    for (const [path, schema] of found) {
      expect(schemaViolations(schema, defaultValue(schema, structuredClone(schema.default))), path).toEqual([]);
    }
  });
});

describe('printer columns asked for by the issue', () => {
  it.each([
    ['Tenant', ['Plan', 'ShardSet', 'Ready', 'Age']],
    ['ShardSet', ['Shards', 'Clusters', 'Ready', 'Age']],
    ['Course', ['Tenant', 'Slug', 'Published', 'Version', 'Ready', 'Age']],
  ] as const)('%s shows %j', (kind, names) => {
    const columns = loadCrd(kind).spec.versions[0].additionalPrinterColumns?.map((c) => c.name) ?? [];
    expect(columns).toEqual(expect.arrayContaining([...names]));
  });
});
