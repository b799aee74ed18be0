/**
 * OpenAPI v3 documents (`/openapi/v3` and `/openapi/v3/<api|apis/group>/<version>`), enough for
 * kubectl: every PATCH operation declares the `fieldValidation` query parameter, so kubectl sends
 * `fieldValidation=Strict` and leaves validation to this server instead of validating client-side.
 * CRD schemas are published as components. `/openapi/v2` (protobuf) is not served.
 */
import { createHash } from 'node:crypto';
import type { ResourceRegistry } from './registry.ts';
import type { JSONSchemaProps, ResourceType } from './types.ts';

const queryParam = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', uniqueItems: true } });

const writeParams = [
  queryParam('dryRun', 'When present, indicates that modifications should not be persisted.'),
  queryParam('fieldManager', 'fieldManager is a name associated with the actor or entity that is making these changes.'),
  queryParam('fieldValidation', 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields: Ignore, Warn or Strict.'),
];

function schemaName(rt: ResourceType, version: string): string {
  const reversed = (rt.group || 'core').split('.').reverse().join('.');
  return `${reversed}.${version}.${rt.kind}`;
}

function componentSchema(rt: ResourceType, version: string): Record<string, unknown> {
  const gvk = [{ group: rt.group, version, kind: rt.kind }];
  const crdSchema: JSONSchemaProps | undefined = rt.custom?.versions.find((v) => v.name === version)?.schema;
  if (!crdSchema) return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, 'x-kubernetes-group-version-kind': gvk };
  return {
    ...crdSchema,
    properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...(crdSchema.properties ?? {}) },
    'x-kubernetes-group-version-kind': gvk,
  };
}

function paths(rt: ResourceType, version: string): Record<string, unknown> {
  const base = rt.group ? `/apis/${rt.group}/${version}` : `/api/${version}`;
  const collection = rt.namespaced ? `${base}/namespaces/{namespace}/${rt.plural}` : `${base}/${rt.plural}`;
  const gvk = { group: rt.group, version, kind: rt.kind };
  const ref = { $ref: `#/components/schemas/${schemaName(rt, version)}` };
  const ok = { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } };
  const op = (action: string, extra: Record<string, unknown> = {}) => ({
    operationId: `${action}${rt.kind}`,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
    responses: ok,
    ...extra,
  });
  // Strategic merge is left out on purpose: kubectl then computes it from its compiled-in types.
  const patchTypes = ['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml'];
  const item = {
    get: op('get'),
    put: op('put', { parameters: writeParams, requestBody: { content: { 'application/json': { schema: ref } } } }),
    patch: op('patch', {
      parameters: [...writeParams, queryParam('force', 'Force is going to "force" Apply requests.')],
      requestBody: { content: Object.fromEntries(patchTypes.map((t) => [t, { schema: { type: 'object' } }])) },
    }),
    delete: op('delete'),
  };
  const out: Record<string, unknown> = {
    [collection]: { get: op('list'), post: op('post', { parameters: writeParams, requestBody: { content: { 'application/json': { schema: ref } } } }) },
    [`${collection}/{name}`]: item,
  };
  if (rt.hasStatus) out[`${collection}/{name}/status`] = { get: op('get'), put: item.put, patch: item.patch };
  return out;
}

/** The OpenAPI v3 document of one group version, or undefined when nothing is served there. */
export function groupVersionDocument(registry: ResourceRegistry, group: string, version: string): Record<string, unknown> | undefined {
  const resources = registry.inGroupVersion(group, version);
  if (resources.length === 0) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths: Object.assign({}, ...resources.map((rt) => paths(rt, version))),
    components: { schemas: Object.fromEntries(resources.map((rt) => [schemaName(rt, version), componentSchema(rt, version)])) },
  };
}

/** `/openapi/v3`: the index of group-version documents, each URL carrying a content hash. */
export function openApiIndex(registry: ResourceRegistry): Record<string, unknown> {
  const entries: Record<string, { serverRelativeURL: string }> = {};
  for (const g of registry.groups()) {
    for (const v of g.versions) {
      const key = g.name ? `apis/${g.name}/${v}` : `api/${v}`;
      const hash = createHash('sha256').update(JSON.stringify(groupVersionDocument(registry, g.name, v))).digest('hex').slice(0, 32).toUpperCase();
      entries[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${hash}` };
    }
  }
  return { paths: entries };
}
