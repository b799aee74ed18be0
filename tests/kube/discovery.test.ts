import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeTestServer } from './server.ts';
import { api, crd, crdsPath, startWithWidgets, widget, widgetsPath } from './testkit.ts';

let server: KubeTestServer;
beforeAll(async () => {
  server = await startWithWidgets();
});
afterAll(() => server.close());

describe('discovery', () => {
  it('serves /version, /api and /apis (routing on the path, whatever the query)', async () => {
    expect((await api(server, 'GET', '/version?timeout=32s')).body).toMatchObject({ major: '1', minor: '32' });
    expect((await api(server, 'GET', '/api?timeout=32s')).body).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const apis = (await api(server, 'GET', '/apis')).body;
    expect(apis.kind).toBe('APIGroupList');
    const names = apis.groups.map((g: { name: string }) => g.name);
    for (const g of ['apps', 'autoscaling', 'policy', 'networking.k8s.io', 'coordination.k8s.io', 'events.k8s.io', 'rbac.authorization.k8s.io', 'apiextensions.k8s.io', 'fixtures.kube-test.io']) {
      expect(names).toContain(g);
    }
    expect(apis.groups.find((g: { name: string }) => g.name === 'autoscaling').preferredVersion).toEqual({ groupVersion: 'autoscaling/v2', version: 'v2' });
  });

  it('lists resources of a group version with verbs, scope, shortNames, categories and subresources', async () => {
    const core = (await api(server, 'GET', '/api/v1')).body;
    expect(core.resources.find((r: { name: string }) => r.name === 'namespaces')).toMatchObject({ namespaced: false, kind: 'Namespace', shortNames: ['ns'] });
    const list = (await api(server, 'GET', '/apis/fixtures.kube-test.io/v1')).body;
    expect(list).toMatchObject({ kind: 'APIResourceList', groupVersion: 'fixtures.kube-test.io/v1' });
    expect(list.resources).toEqual([
      { name: 'widgets', singularName: 'widget', namespaced: true, kind: 'Widget', verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['wd'], categories: ['all'] },
      { name: 'widgets/status', singularName: '', namespaced: true, kind: 'Widget', verbs: ['get', 'patch', 'update'] },
    ]);
    expect((await api(server, 'GET', '/apis/fixtures.kube-test.io')).body.preferredVersion.version).toBe('v1');
    expect((await api(server, 'GET', '/apis/nothing.example.com/v1')).status).toBe(404);
  });

  it('adds a CRD group to discovery as soon as the CRD is created', async () => {
    const open = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    const things = crd('later.example.com', { plural: 'things', kind: 'Thing' }, { v1beta1: open, v1: open });
    expect((await api(server, 'GET', '/apis/later.example.com/v1')).status).toBe(404);
    await api(server, 'POST', crdsPath, things);
    const group = (await api(server, 'GET', '/apis')).body.groups.find((g: { name: string }) => g.name === 'later.example.com');
    expect(group.versions.map((v: { version: string }) => v.version)).toEqual(['v1', 'v1beta1']);
    const thing = { apiVersion: 'later.example.com/v1beta1', kind: 'Thing', metadata: { name: 't' }, spec: { any: 1 } };
    const created = await api(server, 'POST', '/apis/later.example.com/v1beta1/namespaces/default/things', thing);
    expect(created.body.apiVersion).toBe('later.example.com/v1beta1');
    expect((await api(server, 'GET', '/apis/later.example.com/v1/namespaces/default/things/t')).body.apiVersion).toBe('later.example.com/v1');
  });
});

describe('OpenAPI v3', () => {
  it('indexes group versions and declares fieldValidation on PATCH, so kubectl validates server-side', async () => {
    const index = (await api(server, 'GET', '/openapi/v3')).body;
    const url = index.paths['apis/fixtures.kube-test.io/v1'].serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/fixtures\.kube-test\.io\/v1\?hash=[0-9A-F]+$/);
    const doc = (await api(server, 'GET', url)).body;
    const patch = doc.paths['/apis/fixtures.kube-test.io/v1/namespaces/{namespace}/widgets/{name}'].patch;
    expect(patch['x-kubernetes-group-version-kind']).toEqual({ group: 'fixtures.kube-test.io', version: 'v1', kind: 'Widget' });
    expect(patch.parameters.map((p: { name: string }) => p.name)).toContain('fieldValidation');
    expect(doc.components.schemas['io.kube-test.fixtures.v1.Widget'].properties.spec.required).toEqual(['size']);
    expect((await api(server, 'GET', '/openapi/v3/api/v1')).body.paths['/api/v1/namespaces/{name}'].patch).toBeDefined();
  });
});

describe('tables', () => {
  const tableAccept = { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json' };

  it('builds rows from additionalPrinterColumns, with NAME first and JSONPath filters', async () => {
    const created = (await api(server, 'POST', widgetsPath, widget('tbl', { size: 'large', domains: ['a.example.com'] }))).body;
    await api(server, 'PUT', `${widgetsPath}/tbl/status`, { ...created, status: { conditions: [{ type: 'Synced', status: 'False' }, { type: 'Ready', status: 'True' }] } });
    const table = (await api(server, 'GET', widgetsPath, undefined, 'application/json', tableAccept)).body;
    expect(table).toMatchObject({ kind: 'Table', apiVersion: 'meta.k8s.io/v1' });
    expect(table.columnDefinitions.map((c: { name: string; priority: number }) => `${c.name}:${c.priority}`)).toEqual(['Name:0', 'Size:0', 'Min:0', 'Ready:0', 'Domains:1', 'Age:0']);
    const row = table.rows.find((r: { cells: unknown[] }) => r.cells[0] === 'tbl');
    expect(row.cells.slice(0, 5)).toEqual(['tbl', 'large', 1, 'True', '["a.example.com"]']);
    expect(row.cells[5]).toMatch(/^\d+s$/);
    expect(row.object).toMatchObject({ kind: 'PartialObjectMetadata', metadata: { name: 'tbl', namespace: 'widgets' } });
  });

  it('answers a single object as a one-row Table, and built-ins with NAME and AGE', async () => {
    const one = (await api(server, 'GET', `${widgetsPath}/tbl`, undefined, 'application/json', tableAccept)).body;
    expect(one.rows).toHaveLength(1);
    const namespaces = (await api(server, 'GET', '/api/v1/namespaces', undefined, 'application/json', tableAccept)).body;
    expect(namespaces.columnDefinitions.map((c: { name: string }) => c.name)).toEqual(['Name', 'Age']);
    expect(namespaces.rows.map((r: { cells: unknown[] }) => r.cells[0])).toContain('kube-system');
  });
});
