import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CHART_DIR, TEMPLATES_DIR, chartTemplates } from './generate.ts';
import { renderTemplate, type RenderContext } from './render.ts';
import { CRD_DIR, loadCrds } from '../crds/index.ts';
import { renderOperator, OPERATOR_NAME } from '../operator/constructs/operator-chart.ts';
import { validateBuiltin } from '../operator/constructs/kube-schemas.ts';
import { renderShardSet } from '../operator/constructs/shardset-chart.ts';
import { moveJobManifests } from '../operator/constructs/shard-move.ts';
import { renderTenant } from '../operator/constructs/tenant-chart.ts';
import { synthOnlyTenantKeys } from '../operator/constructs/tenant-keys.ts';
import { demoShardSet, demoTenant } from '../operator/constructs/fixtures.ts';

const values = parse(readFileSync(join(CHART_DIR, 'values.yaml'), 'utf8'));
const release = { Namespace: 'academy-system', Name: 'academy' };

function renderChart(context: RenderContext = { Values: values, Release: release }): any[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parseAllDocuments(renderTemplate(readFileSync(join(TEMPLATES_DIR, f), 'utf8'), context)).map((d) => d.toJS()));
}

const byKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);

describe('academy-operator chart files', () => {
  it('Chart.yaml names the chart and its Kubernetes floor', () => {
    const chart = parse(readFileSync(join(CHART_DIR, 'Chart.yaml'), 'utf8'));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'academy-operator', type: 'application' });
    expect(chart.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(chart.appVersion).toBe(values.image.tag);
  });

  it('the templates are what the OperatorChart construct generates (run `npx tsx charts/generate.ts`)', () => {
    const expected = chartTemplates();
    expect(readdirSync(TEMPLATES_DIR).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, text] of Object.entries(expected)) expect(readFileSync(join(TEMPLATES_DIR, file), 'utf8'), file).toBe(text);
  });

  it('crds/ holds byte-identical copies of the CRD files', () => {
    const files = readdirSync(join(CHART_DIR, 'crds')).sort();
    expect(files).toEqual(['course.yaml', 'shardset.yaml', 'tenant.yaml', 'tenantpool.yaml']);
    for (const file of files) expect(readFileSync(join(CHART_DIR, 'crds', file), 'utf8')).toBe(readFileSync(join(CRD_DIR, file), 'utf8'));
  });
});

describe('academy-operator chart rendered with values.yaml', () => {
  const objects = renderChart();

  it('renders the ServiceAccount, RBAC, Deployment and metrics Service, each valid for the Kubernetes API', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      `ClusterRole/${OPERATOR_NAME}`,
      `ClusterRoleBinding/${OPERATOR_NAME}`,
      `Deployment/${OPERATOR_NAME}`,
      `Role/${OPERATOR_NAME}-leader-election`,
      `RoleBinding/${OPERATOR_NAME}-leader-election`,
      `Service/${OPERATOR_NAME}-metrics`,
      `ServiceAccount/${OPERATOR_NAME}`,
    ]);
    for (const object of objects) expect(() => validateBuiltin(object)).not.toThrow();
  });

  it('equals what the construct renders from the same values: one source', () => {
    const fromConstruct = renderOperator({
      namespace: release.Namespace,
      image: `${values.image.repository}:${values.image.tag}`,
      imagePullPolicy: values.image.pullPolicy,
      replicas: values.replicas,
      resources: values.resources,
      watchNamespace: values.watchNamespace,
    });
    const key = (o: any) => `${o.kind}/${o.metadata.name}`;
    expect([...objects].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...fromConstruct].sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('runs `academy operator` non-root on a read-only root filesystem, with probes and metrics on 8081', () => {
    const [deployment] = byKind(objects, 'Deployment');
    expect(deployment.metadata.namespace).toBe('academy-system');
    expect(deployment.spec.replicas).toBe(2);
    const container = deployment.spec.template.spec.containers[0];
    expect(container).toMatchObject({
      image: 'trendtactics/academy:0.1.0',
      imagePullPolicy: 'IfNotPresent',
      args: ['operator'],
      ports: [{ name: 'metrics', containerPort: 8081, protocol: 'TCP' }],
      livenessProbe: { httpGet: { path: '/healthz', port: 'metrics' } },
      readinessProbe: { httpGet: { path: '/readyz', port: 'metrics' } },
      securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    });
    expect(container.env).toContainEqual({ name: 'LEADER_ELECTION', value: 'true' });
    expect(deployment.spec.template.spec.serviceAccountName).toBe(OPERATOR_NAME);
    const [service] = byKind(objects, 'Service');
    expect(service.spec.ports).toEqual([{ name: 'metrics', port: 8081, targetPort: 'metrics', protocol: 'TCP' }]);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });

  it('takes replicas, image and watchNamespace from values', () => {
    const custom = renderChart({
      Values: { ...values, replicas: 3, watchNamespace: 'academy', image: { repository: 'registry.local/academy', tag: '1.2.3', pullPolicy: 'Always' } },
      Release: { Namespace: 'ops', Name: 'x' },
    });
    const [deployment] = byKind(custom, 'Deployment');
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0]).toMatchObject({ image: 'registry.local/academy:1.2.3', imagePullPolicy: 'Always' });
    expect(deployment.spec.template.spec.containers[0].env).toContainEqual({ name: 'WATCH_NAMESPACE', value: 'academy' });
    expect(byKind(custom, 'ClusterRoleBinding')[0].subjects).toEqual([{ kind: 'ServiceAccount', name: OPERATOR_NAME, namespace: 'ops' }]);
  });
});

describe('operator RBAC: least privilege that covers the work', () => {
  const objects = renderChart();
  const clusterRules: Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }> = byKind(objects, 'ClusterRole')[0].rules;
  const roleRules: typeof clusterRules = byKind(objects, 'Role')[0].rules;
  const grants = (rules: typeof clusterRules, group: string, resource: string) =>
    new Set(rules.filter((r) => r.apiGroups.includes(group) && r.resources.includes(resource)).flatMap((r) => r.verbs));
  const plural = (kind: string) => {
    const lower = kind.toLowerCase();
    return lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : lower.endsWith('s') ? `${lower}es` : `${lower}s`;
  };

  // Everything the constructs render for a tenant and a ShardSet, as (group, resource).
  const rendered = (() => {
    const { manifests, shardMap } = renderShardSet({ shardSet: demoShardSet() });
    const tenant = renderTenant({
      tenant: demoTenant(),
      shardMap,
      keys: synthOnlyTenantKeys('demo'),
      databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, 'x'])),
    });
    // A shard move's Job, with its ServiceAccount, Role and RoleBinding.
    const move = moveJobManifests({ shardSet: demoShardSet(), owner: { apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'ShardSet', name: 'demo', uid: 'u' }, move: { from: 0, to: 1, source: 'pg-a', target: 'pg-b' }, published: shardMap, image: 'academy:test' });
    const pairs = [...manifests, ...tenant, ...move].map((m) => `${m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : ''}|${plural(m.kind)}`);
    return [...new Set(pairs)].sort();
  })();

  it('may apply, read, watch and prune every kind of object the constructs render', () => {
    expect(rendered).toContain('|namespaces');
    expect(rendered).toContain('postgresql.cnpg.io|clusters');
    for (const pair of rendered) {
      const [group, resource] = pair.split('|');
      for (const verb of ['get', 'list', 'watch', 'create', 'patch', 'delete']) {
        expect(grants(clusterRules, group, resource).has(verb), `${verb} ${group}/${resource}`).toBe(true);
      }
    }
  });

  it('may read and patch the academy resources, write their status and finalizers', () => {
    for (const crd of loadCrds()) {
      const { group, names } = crd.spec;
      expect([...grants(clusterRules, group, names.plural)].sort()).toEqual(['get', 'list', 'patch', 'update', 'watch']);
      expect([...grants(clusterRules, group, `${names.plural}/status`)].sort()).toEqual(['get', 'patch', 'update']);
      expect([...grants(clusterRules, group, `${names.plural}/finalizers`)]).toEqual(['update']);
      // the operator never creates or deletes what users declare
      expect(grants(clusterRules, group, names.plural).has('delete')).toBe(false);
    }
  });

  it('records events, and takes its leader Lease only in its own namespace', () => {
    expect([...grants(clusterRules, '', 'events')].sort()).toEqual(['create', 'patch']);
    expect(grants(clusterRules, 'coordination.k8s.io', 'leases').size).toBe(0);
    expect([...grants(roleRules, 'coordination.k8s.io', 'leases')].sort()).toEqual(['create', 'get', 'list', 'patch', 'update', 'watch']);
    expect(byKind(objects, 'Role')[0].metadata.namespace).toBe('academy-system');
  });

  it('grants nothing else: no wildcards, no resource beyond those needed', () => {
    const needed = new Set([
      ...rendered,
      ...loadCrds().flatMap((c) => ['', '/status', '/finalizers'].map((s) => `${c.spec.group}|${c.spec.names.plural}${s}`)),
      '|events',
      'events.k8s.io|events',
    ]);
    for (const rule of [...clusterRules, ...roleRules]) {
      expect(rule.verbs).not.toContain('*');
      expect(rule.resources).not.toContain('*');
      expect(rule.apiGroups).not.toContain('*');
    }
    const granted = clusterRules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}|${res}`)));
    expect([...new Set(granted)].sort()).toEqual([...needed].sort());
  });
});

describe('template renderer', () => {
  it('renders .Values and .Release paths and refuses anything else', () => {
    const context = { Values: { a: { b: 'x' } }, Release: release };
    expect(renderTemplate('v: {{ .Values.a.b }} ns: {{.Release.Namespace}}', context)).toBe('v: x ns: academy-system');
    expect(() => renderTemplate('{{ include "x" . }}', context)).toThrow('unsupported template syntax');
    expect(() => renderTemplate('{{- .Values.a.b }}', context)).toThrow('unsupported template syntax');
    expect(() => renderTemplate('{{ .Values.missing }}', context)).toThrow('.Values.missing is not a scalar value');
  });
});
