import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { api, crd, crdsPath, startWithWidgets, widget, widgetsPath } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startWithWidgets();
});
afterAll(() => server.close());

/** POSTs a widget with `spec` and returns the 422's causes as `field: message`. */
async function refused(name: string, spec: Record<string, unknown>): Promise<string[]> {
  const res = await api(server, 'POST', widgetsPath, widget(name, spec));
  expect(res.status).toBe(422);
  expect(res.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422, details: { name, kind: 'Widget', group: 'fixtures.kube-test.io' } });
  return res.body.details.causes.map((c: { field: string; message: string }) => `${c.field}: ${c.message}`);
}

describe('OpenAPI schema validation of custom resources', () => {
  it('requires required fields, naming them', async () => {
    expect(await refused('v-req', { color: 'red' })).toEqual(['spec.size: Required value']);
    const noSpec = await api(server, 'POST', widgetsPath, { apiVersion: 'fixtures.kube-test.io/v1', kind: 'Widget', metadata: { name: 'v-nospec' } });
    expect(noSpec.body.message).toBe('Widget.fixtures.kube-test.io "v-nospec" is invalid: spec: Required value');
  });

  it('checks enum, type, minimum, maximum, pattern, maxItems and maxLength', async () => {
    expect(await refused('v-enum', { size: 'huge' })).toEqual(['spec.size: Unsupported value: "huge": supported values: "small", "medium", "large"']);
    expect(await refused('v-type', { size: 'small', storageGi: 'ten' })).toEqual(['spec.storageGi: Invalid value: "string": spec.storageGi in body must be of type integer: "string"']);
    expect(await refused('v-min', { size: 'small', scaling: { minReplicas: 0 } })).toEqual([
      'spec.scaling.minReplicas: Invalid value: 0: spec.scaling.minReplicas in body should be greater than or equal to 1',
    ]);
    expect(await refused('v-max', { size: 'small', scaling: { maxReplicas: 21 } })).toEqual([
      'spec.scaling.maxReplicas: Invalid value: 21: spec.scaling.maxReplicas in body should be less than or equal to 20',
    ]);
    expect(await refused('v-pattern', { size: 'small', color: 'Red' })).toEqual(["spec.color: Invalid value: \"Red\": spec.color in body should match '^[a-z]+$'"]);
    const many = ['a', 'b', 'c', 'd'].map((d) => `${d}.example.com`);
    expect(await refused('v-items', { size: 'small', domains: many })).toEqual(['spec.domains: Too many: 4: must have at most 3 items']);
    expect(await refused('v-len', { size: 'small', domains: [`${'x'.repeat(60)}.example.com`] })).toEqual(['spec.domains[0]: Too long: may not be more than 63 bytes']);
  });

  it('reports every error at once with the field names in the message', async () => {
    const res = await api(server, 'POST', widgetsPath, widget('v-multi', { size: 'huge', color: 'Red' }));
    expect(res.body.message).toMatch(/^Widget\.fixtures\.kube-test\.io "v-multi" is invalid: \[spec\.size: Unsupported value.*, spec\.color: Invalid value.*\]$/);
  });

  it('checks list-map keys and formats in status', async () => {
    const created = (await api(server, 'POST', widgetsPath, widget('v-status'))).body;
    const dup = await api(server, 'PUT', `${widgetsPath}/v-status/status`, {
      ...created,
      status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'Ready', status: 'False' }] },
    });
    expect(dup.status).toBe(422);
    expect(dup.body.details.causes[0]).toMatchObject({ field: 'status.conditions[1]', reason: 'FieldValueDuplicate' });
    const badTime = await api(server, 'PUT', `${widgetsPath}/v-status/status`, {
      ...created,
      status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: 'yesterday' }] },
    });
    expect(badTime.body.details.causes[0].field).toBe('status.conditions[0].lastTransitionTime');
  });

  it('applies defaults, including nested defaults of a defaulted object', async () => {
    const res = await api(server, 'POST', widgetsPath, widget('v-defaults', { size: 'small' }));
    expect(res.status).toBe(201);
    expect(res.body.spec).toEqual({ size: 'small', color: 'blue', scaling: { minReplicas: 1, maxReplicas: 3 } });
  });

  it('prunes unknown fields (with a warning) but keeps x-kubernetes-preserve-unknown-fields subtrees', async () => {
    const res = await api(server, 'POST', widgetsPath, widget('v-prune', { size: 'small', bogus: true, config: { anything: { goes: [1] } } }));
    expect(res.status).toBe(201);
    expect(res.body.spec.bogus).toBeUndefined();
    expect(res.body.spec.config).toEqual({ anything: { goes: [1] } });
    expect(res.headers.get('warning')).toContain('unknown field \\"spec.bogus\\"');
  });

  it('refuses unknown fields with fieldValidation=Strict (400, naming the field)', async () => {
    const res = await api(server, 'POST', `${widgetsPath}?fieldValidation=Strict`, widget('v-strict', { size: 'small', bogus: true }));
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('strict decoding error: unknown field "spec.bogus"');
  });
});

describe('CEL rules (x-kubernetes-validations)', () => {
  it('self.minReplicas <= self.maxReplicas, reported at its fieldPath', async () => {
    expect(await refused('c-range', { size: 'small', scaling: { minReplicas: 5, maxReplicas: 4 } })).toEqual([
      'spec.scaling.minReplicas: Invalid value: "object": minReplicas must be less than or equal to maxReplicas',
    ]);
  });

  it('self.all(...) over a list', async () => {
    expect(await refused('c-all', { size: 'small', domains: ['a.example.com', 'evil.org'] })).toEqual(['spec.domains: Invalid value: "array": every domain must end in .example.com']);
  });

  it('size(self) with a messageExpression', async () => {
    const labels = { a: '1', b: '2', c: '3', d: '4', e: '5' };
    expect(await refused('c-size', { size: 'small', labels })).toEqual(['spec.labels: Invalid value: "object": at most 4 labels, got 5']);
  });

  it('has() guards optional fields', async () => {
    expect((await api(server, 'POST', widgetsPath, widget('c-has-ok', { size: 'small' }))).status).toBe(201);
    expect(await refused('c-has', { size: 'small', storageGi: 50 })).toEqual(['spec: Invalid value: "object": small widgets have at most 10Gi of storage']);
    expect((await api(server, 'POST', widgetsPath, widget('c-has-large', { size: 'large', storageGi: 50 }))).status).toBe(201);
  });

  it('transition rules with oldSelf run on updates only ("may only grow")', async () => {
    const created = (await api(server, 'POST', widgetsPath, widget('c-grow', { size: 'medium', storageGi: 20 }))).body;
    const grow = await api(server, 'PUT', `${widgetsPath}/c-grow`, { ...created, spec: { ...created.spec, storageGi: 30 } });
    expect(grow.status).toBe(200);
    const shrink = await api(server, 'PUT', `${widgetsPath}/c-grow`, { ...grow.body, spec: { ...grow.body.spec, storageGi: 10 } });
    expect(shrink.status).toBe(422);
    expect(shrink.body.details.causes).toEqual([{ reason: 'FieldValueInvalid', field: 'spec.storageGi', message: 'Invalid value: "integer": storageGi may only grow' }]);
  });

  it('exists() and root rules over metadata', async () => {
    const rules = crd('fixtures.kube-test.io', { plural: 'rules', kind: 'Rule' }, {
      v1: {
        type: 'object',
        'x-kubernetes-validations': [{ rule: 'self.metadata.name.startsWith("r-")', message: 'names start with r-' }],
        properties: {
          spec: {
            type: 'object',
            properties: { ports: { type: 'array', items: { type: 'integer' }, 'x-kubernetes-validations': [{ rule: 'self.exists(p, p == 443)', message: 'must include 443' }] } },
          },
        },
      },
    });
    expect((await api(server, 'POST', crdsPath, rules)).status).toBe(201);
    const path = '/apis/fixtures.kube-test.io/v1/namespaces/default/rules';
    const rule = (name: string, ports: number[]) => ({ apiVersion: 'fixtures.kube-test.io/v1', kind: 'Rule', metadata: { name }, spec: { ports } });
    expect((await api(server, 'POST', path, rule('r-ok', [80, 443]))).status).toBe(201);
    expect((await api(server, 'POST', path, rule('r-no', [80]))).body.details.causes[0].message).toBe('Invalid value: "array": must include 443');
    expect((await api(server, 'POST', path, rule('bad', [443]))).body.message).toContain('names start with r-');
  });
});

describe('CRD admission', () => {
  const badCrd = (rule: string, schema: object = { type: 'object' }) => crd('fixtures.kube-test.io', { plural: 'bads', kind: 'Bad' }, { v1: { ...schema, 'x-kubernetes-validations': [{ rule }] } });

  it('refuses CEL rules that do not compile', async () => {
    const res = await api(server, 'POST', crdsPath, badCrd('self.x ==='));
    expect(res.status).toBe(422);
    expect(res.body.details.causes[0].field).toBe('spec.versions[0].schema.openAPIV3Schema.x-kubernetes-validations[0].rule');
  });

  it('refuses non-structural schemas (a property without type)', async () => {
    const res = await api(server, 'POST', crdsPath, badCrd('true', { type: 'object', properties: { spec: { properties: {} } } }));
    expect(res.status).toBe(422);
    expect(res.body.details.causes[0].field).toBe('spec.versions[0].schema.openAPIV3Schema.properties[spec].type');
  });
});

describe('built-in validation', () => {
  it('checks names and label values', async () => {
    const badName = await api(server, 'POST', '/api/v1/namespaces/default/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_Valid' } });
    expect(badName.status).toBe(422);
    expect(badName.body.details.causes[0].field).toBe('metadata.name');
    const badLabel = await api(server, 'POST', '/api/v1/namespaces/default/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ok', labels: { app: 'not valid!' } } });
    expect(badLabel.body.details.causes[0].field).toBe('metadata.labels[app]');
  });

  it('checks that a Deployment selector matches its template labels', async () => {
    const res = await api(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('spec.template.metadata.labels: Invalid value');
  });

  it('refuses wrongly typed built-in fields (400) and missing required ones (422), from the published schemas', async () => {
    const deployment = (replicas: unknown, container: object) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'typed' },
      spec: { replicas, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [container] } } },
    });
    const wrongType = await api(server, 'POST', '/apis/apps/v1/namespaces/default/deployments', deployment('3', { name: 'c', image: 'i' }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toContain('spec.replicas must be of type integer');
    const service = await api(server, 'POST', '/api/v1/namespaces/default/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' }, spec: { ports: [{ name: 'http' }] } });
    expect(service.status).toBe(422);
    expect(service.body.details.causes.map((c: { field: string }) => c.field)).toContain('spec.ports[0].port');
  });

  it('refuses an HPA whose minReplicas exceeds maxReplicas', async () => {
    const res = await api(server, 'POST', '/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers', {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 5, maxReplicas: 2 },
    });
    expect(res.body.details.causes[0].field).toBe('spec.maxReplicas');
  });
});
