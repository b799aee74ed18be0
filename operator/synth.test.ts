import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { SYNTH_CREDENTIAL_PLACEHOLDER, synthesize } from './synth.ts';
import { isBuiltin, validateBuiltin } from './constructs/kube-schemas.ts';
import { SERVICE_NAMES } from './constructs/labels.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'academy-synth-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const first = fresh();
const files = synthesize(first);
const objects = files
  .filter((f) => f.endsWith('.k8s.yaml'))
  .flatMap((f) => parseAllDocuments(readFileSync(join(first, f), 'utf8')).map((d) => d.toJS()));

describe('npm run synth', () => {
  it('renders every sample: a file per ShardSet and Tenant, a publish payload per Course', () => {
    expect(files).toEqual([
      'course-academy-growth-marketing-101.publish.json',
      'shardset-academy-demo.k8s.yaml',
      'shardset-academy-managed.k8s.yaml',
      'tenant-corner-bakery.k8s.yaml',
      'tenant-demo.k8s.yaml',
      'tenant-pool-default.k8s.yaml',
    ]);
    const payload = JSON.parse(readFileSync(join(first, files[0]), 'utf8'));
    expect(payload).toMatchObject({ title: 'Growth Marketing 101', managedBy: 'academy/growth-marketing-101', published: true });
  });

  it('renders the pool like a dedicated Tenant (with its per-tenant limit) and a pooled Tenant as one Ingress in the pool namespace', () => {
    const read = (file: string) => parseAllDocuments(readFileSync(join(first, file), 'utf8')).map((d) => d.toJS());
    const pool = read('tenant-pool-default.k8s.yaml');
    expect(pool.filter((o) => o.kind === 'Deployment')).toHaveLength(SERVICE_NAMES.length);
    expect(pool.find((o) => o.kind === 'Namespace').metadata.name).toBe('academy-pool-default');
    expect(pool.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'academy-config').data).toMatchObject({ DEFAULT_TENANT: 'pool-default', TENANT_RATE_LIMIT_PER_MINUTE: '6000' });
    const pooled = read('tenant-corner-bakery.k8s.yaml');
    expect(pooled.map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['Ingress academy-pool-default/tenant-corner-bakery']);
    expect(pooled[0].spec.rules).toEqual([{ host: 'bakery.academy.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { number: 8080 } } } }] } }]);
  });

  it('is deterministic: a second run writes the same bytes', () => {
    const second = fresh();
    expect(synthesize(second)).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
  });

  it('every built-in object passes the Kubernetes API schema (kubernetes-models)', () => {
    const builtins = objects.filter((o) => isBuiltin(o.apiVersion));
    // A Deployment, Service, HPA and PDB per service at least, besides the namespace's own objects.
    expect(builtins.length).toBeGreaterThan(4 * SERVICE_NAMES.length);
    for (const object of builtins) expect(() => validateBuiltin(object)).not.toThrow();
    // the only other objects are CloudNativePG Clusters
    expect(objects.filter((o) => !isBuiltin(o.apiVersion)).map((o) => `${o.apiVersion} ${o.metadata.name}`)).toEqual([
      'postgresql.cnpg.io/v1 demo-pg-a',
      'postgresql.cnpg.io/v1 demo-pg-b',
    ]);
  });

  it('writes only synth-only secret material: placeholders for database credentials', () => {
    const database = objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'academy-database');
    // cdk8s-plus Secrets carry stringData (the API server stores it as data).
    expect(database.data).toBeUndefined();
    expect(Object.keys(database.stringData).length).toBeGreaterThan(0);
    for (const value of Object.values(database.stringData as Record<string, string>)) expect(value).toBe(SYNTH_CREDENTIAL_PLACEHOLDER);
  });

  it('replaces what an earlier run wrote', () => {
    expect(synthesize(first)).toEqual(files);
    expect(readdirSync(first).sort()).toEqual(files);
  });
});
