/**
 * `npm run synth` (and `cdk8s synth`, see cdk8s.yaml): renders every sample of crds/samples/ to
 * dist/ with the same constructs the operator uses. Deterministic: the same samples give the same
 * bytes. Secrets hold SYNTH-ONLY material (keys derived from the tenant name, placeholder database
 * credentials): never apply dist/ secrets to a real cluster.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiObject, App, Chart, YamlOutputType } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { CRD_DIR, KINDS, type AcademyKind, type Course, type ShardSet, type Tenant, type TenantPool } from '../crds/index.ts';
import { parseResource } from '../crds/validate.ts';
import { ShardSetChart } from './constructs/shardset-chart.ts';
import { TenantChart } from './constructs/tenant-chart.ts';
import { synthOnlyTenantKeys } from './constructs/tenant-keys.ts';
import { poolAsTenant, pooledTenantIngress } from './constructs/tenant-pool.ts';
import { isolationOf, poolOf } from './reconcilers/pooled-tenant.ts';
import { coursePublishPayload, validateCourse } from './constructs/course.ts';

/** Value of every database credential in synth output: the operator copies the real ones. */
export const SYNTH_CREDENTIAL_PLACEHOLDER = 'SYNTH-ONLY-PLACEHOLDER';

export interface Samples {
  shardSets: ShardSet[];
  tenants: Tenant[];
  courses: Course[];
  pools: TenantPool[];
}

/** Reads, defaults and validates every document of every `*.yaml` in `dir`, sorted by file name. */
function loadSamples(dir = join(CRD_DIR, 'samples')): Samples {
  const samples: Samples = { shardSets: [], tenants: [], courses: [], pools: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    for (const document of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      const object = document.toJS() as { kind?: string } | null;
      if (!object) continue;
      // The samples carry the namespace they live in (so they apply on their own); nothing to render from it.
      if (object.kind === 'Namespace') continue;
      if (!KINDS.includes(object.kind as AcademyKind)) throw new Error(`${file}: kind ${object.kind} is not an academy kind`);
      const resource = parseResource(object.kind as AcademyKind, object);
      if (resource.kind === 'ShardSet') samples.shardSets.push(resource);
      else if (resource.kind === 'Tenant') samples.tenants.push(resource);
      else if (resource.kind === 'TenantPool') samples.pools.push(resource);
      else samples.courses.push(resource);
    }
  }
  return samples;
}

/** Builds the app: a chart per ShardSet and per Tenant. Courses are checked and returned as payloads. */
function buildApp(samples: Samples, outdir: string): { app: App; coursePayloads: Record<string, unknown> } {
  const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_CHART, outputFileExtension: '.k8s.yaml' });
  const shardMaps = new Map<string, ShardSetChart>();
  for (const shardSet of samples.shardSets) {
    const chart = new ShardSetChart(app, `shardset-${shardSet.metadata.namespace}-${shardSet.metadata.name}`, { shardSet });
    shardMaps.set(`${shardSet.metadata.namespace}/${shardSet.metadata.name}`, chart);
  }
  // A pool renders like a dedicated Tenant (its home academy pool-<name>); a pooled Tenant adds only its Ingress there.
  const pooled = samples.tenants.filter((t) => isolationOf(t, undefined, false) === 'pooled');
  const asTenants = samples.pools.map((pool) => ({ tenant: poolAsTenant(pool), extraConfig: { TENANT_RATE_LIMIT_PER_MINUTE: String(pool.spec.tenantRateLimitPerMinute) } }));
  for (const { tenant, extraConfig } of [...samples.tenants.filter((t) => !pooled.includes(t)).map((tenant) => ({ tenant, extraConfig: undefined })), ...asTenants]) {
    const ref = `${tenant.spec.shardSetRef.namespace}/${tenant.spec.shardSetRef.name}`;
    const shardSetChart = shardMaps.get(ref);
    if (!shardSetChart) throw new Error(`Tenant ${tenant.metadata.name} refers to ShardSet ${ref}, which no sample defines`);
    const shardMap = shardSetChart.shardMap;
    new TenantChart(app, `tenant-${tenant.metadata.name}`, {
      tenant,
      shardMap,
      keys: synthOnlyTenantKeys(tenant.metadata.name as string),
      databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, SYNTH_CREDENTIAL_PLACEHOLDER])),
      extraConfig,
    });
  }
  for (const tenant of pooled) {
    const pool = poolOf(tenant);
    if (!samples.pools.some((p) => p.metadata.name === pool)) throw new Error(`pooled Tenant ${tenant.metadata.name} names TenantPool ${pool}, which no sample defines`);
    const ingress = pooledTenantIngress(tenant, pool);
    if (ingress) new ApiObject(new Chart(app, `tenant-${tenant.metadata.name}`, { disableResourceNameHashes: true }), 'ingress', ingress as never);
  }
  const coursePayloads: Record<string, unknown> = {};
  for (const course of samples.courses) {
    const problems = validateCourse(course);
    if (problems.length) {
      throw new Error(`Course ${course.metadata.name}: ${problems.map((p) => `spec.${p.path}: ${p.message}`).join('; ')}`);
    }
    coursePayloads[`course-${course.metadata.namespace}-${course.metadata.name}.publish.json`] = coursePublishPayload(course);
  }
  return { app, coursePayloads };
}

/** Renders the samples into `outdir`, replacing what an earlier synth wrote there; returns the files written. */
export function synthesize(outdir: string, samplesDir?: string): string[] {
  mkdirSync(outdir, { recursive: true });
  for (const file of readdirSync(outdir)) {
    if (file.endsWith('.k8s.yaml') || file.endsWith('.publish.json')) rmSync(join(outdir, file));
  }
  const { app, coursePayloads } = buildApp(loadSamples(samplesDir), outdir);
  app.synth();
  for (const [file, payload] of Object.entries(coursePayloads)) writeFileSync(join(outdir, file), `${JSON.stringify(payload, null, 2)}\n`);
  return readdirSync(outdir).filter((f) => f.endsWith('.k8s.yaml') || f.endsWith('.publish.json')).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.env.CDK8S_OUTDIR ?? 'dist';
  for (const file of synthesize(outdir)) console.log(join(outdir, file));
}
