/**
 * The real kubectl against the server: apply CRDs and samples, `get` through Tables with printer
 * columns, server-side validation errors, server-side apply. kubectl's own client-side validation
 * stays on: it finds `fieldValidation` in the served OpenAPI v3 and leaves validation to the server.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifests } from './manifests.ts';
import { startKubeTestServer, type KubeTestServer } from './server.ts';
import { fixtures } from './testkit.ts';

const run = promisify(execFile);
const kubectlPath = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));
const repoCrds = fileURLToPath(new URL('../../crds/', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh server and a kubectl bound to it through a kubeconfig file and a private discovery cache. */
async function startWithKubectl() {
  const server = await startKubeTestServer();
  const dir = await mkdtemp(join(tmpdir(), 'kube-test-kubectl-'));
  const kubeconfig = join(dir, 'kubeconfig');
  await server.writeKubeconfig(kubeconfig);
  const kubectl = async (...args: string[]): Promise<Result> => {
    try {
      const { stdout, stderr } = await run(kubectlPath!, ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'cache'), ...args], { timeout: 20_000 });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
    }
  };
  const close = async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { server, kubectl, close };
}

type Kubectl = Awaited<ReturnType<typeof startWithKubectl>>['kubectl'];

/** `NAME   SIZE   MIN` -> ['NAME', 'SIZE', 'MIN'] */
const header = (stdout: string) => stdout.split('\n')[0].trim().split(/\s{2,}/);
const rows = (stdout: string) => stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s{2,}/));

describe.skipIf(!kubectlPath)('kubectl against the test server (fixture Widget CRD)', () => {
  let server: KubeTestServer;
  let kubectl: Kubectl;
  beforeAll(async () => {
    let close: () => Promise<void>;
    ({ server, kubectl, close } = await startWithKubectl());
    return close; // vitest runs it after the suite
  });

  it('applies the CRD folder and then the samples folder', async () => {
    const crd = await kubectl('apply', '-f', join(fixtures, 'widgets'));
    expect(crd.stderr).toBe('');
    expect(crd.stdout).toContain('customresourcedefinition.apiextensions.k8s.io/widgets.fixtures.kube-test.io created');
    const samples = await kubectl('apply', '-f', join(fixtures, 'widget-samples'));
    expect(samples.stdout.trim().split('\n')).toEqual(['namespace/widgets created', 'widget.fixtures.kube-test.io/alpha created', 'widget.fixtures.kube-test.io/beta created']);
  });

  it('gets widgets with the printer columns (kubectl asks for a Table)', async () => {
    const res = await kubectl('get', 'widgets', '-n', 'widgets');
    expect(header(res.stdout)).toEqual(['NAME', 'SIZE', 'MIN', 'READY', 'AGE']);
    expect(rows(res.stdout).map((r) => r.slice(0, 3))).toEqual([
      ['alpha', 'medium', '2'],
      ['beta', 'small', '1'],
    ]);
    const wide = await kubectl('get', 'wd', '-A', '-o', 'wide');
    expect(header(wide.stdout)).toEqual(['NAMESPACE', 'NAME', 'SIZE', 'MIN', 'READY', 'DOMAINS', 'AGE']);
    expect(wide.stdout).toContain('["alpha.example.com","www.example.com"]');
  });

  it('re-applying unchanged manifests makes no writes', async () => {
    server.requests.clear();
    const res = await kubectl('apply', '-f', join(fixtures, 'widget-samples'));
    expect(res.stdout).toContain('widget.fixtures.kube-test.io/alpha unchanged');
    expect(server.requests.writes()).toEqual([]);
  });

  it('shows the server validation error naming the field', async () => {
    const res = await kubectl('apply', '-f', join(fixtures, 'widget-invalid'));
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('The Widget "broken" is invalid: spec.scaling.minReplicas: Invalid value: "object": minReplicas must be less than or equal to maxReplicas');
  });

  it('refuses unknown fields (kubectl sends fieldValidation=Strict)', async () => {
    const res = await kubectl('apply', '-f', join(fixtures, 'widget-unknown-field.yaml'));
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('unknown field "spec.flavour"');
  });

  it('server-side applies, labels, reads JSON and deletes', async () => {
    const ssa = await kubectl('apply', '--server-side', '--field-manager', 'academy-operator', '-f', join(fixtures, 'widget-samples', 'widgets.yaml'));
    expect(ssa.stdout).toContain('widget.fixtures.kube-test.io/alpha serverside-applied');
    expect((await kubectl('label', 'widget', 'alpha', '-n', 'widgets', 'tier=gold')).stdout).toContain('labeled');
    const json = JSON.parse((await kubectl('get', 'widget', 'alpha', '-n', 'widgets', '-o', 'json', '--show-managed-fields')).stdout);
    expect(json.metadata.labels).toEqual({ tier: 'gold' });
    expect(json.metadata.managedFields.map((m: { manager: string }) => m.manager)).toContain('academy-operator');
    expect((await kubectl('get', 'widgets', '-n', 'widgets', '-l', 'tier=gold', '-o', 'name')).stdout.trim()).toBe('widget.fixtures.kube-test.io/alpha');
    expect((await kubectl('delete', 'widget', 'beta', '-n', 'widgets')).stdout).toContain('deleted');
    expect((await kubectl('get', 'widget', 'beta', '-n', 'widgets')).stderr).toContain('NotFound');
  });

  it('applies a Deployment twice (strategic merge from kubectl) and scales it', async () => {
    const file = join(fixtures, 'deployment.yaml');
    expect((await kubectl('apply', '-f', file)).stdout).toContain('deployment.apps/web created');
    const again = await kubectl('apply', '-f', file);
    expect(again.stdout).toContain('deployment.apps/web unchanged');
    expect((await kubectl('scale', 'deployment', 'web', '-n', 'widgets', '--replicas=3')).stdout).toContain('scaled');
    const replicas = await kubectl('get', 'deployment', 'web', '-n', 'widgets', '-o', 'jsonpath={.spec.replicas}/{.metadata.generation}');
    expect(replicas.stdout).toBe('3/2');
  });

  it('discovers resources for api-resources', async () => {
    const res = await kubectl('api-resources', '--api-group', 'fixtures.kube-test.io');
    expect(rows(res.stdout)).toEqual([['widgets', 'wd', 'fixtures.kube-test.io/v1', 'true', 'Widget']]);
  });
});

describe.skipIf(!kubectlPath || !existsSync(join(repoCrds, 'samples')))('kubectl with the repository CRDs (crds/ and crds/samples/)', () => {
  let server: KubeTestServer;
  let kubectl: Kubectl;
  beforeAll(async () => {
    let close: () => Promise<void>;
    ({ server, kubectl, close } = await startWithKubectl());
    return close; // vitest runs it after the suite
  });

  it('applies crds/, then crds/samples/, and lists tenants with their printer columns', async () => {
    const crds = await kubectl('apply', '-f', repoCrds);
    expect(crds.code, crds.stderr).toBe(0);
    // The samples apply on their own: they bring the namespace they live in (first, by file name).
    const samples = readManifests(join(repoCrds, 'samples'));
    const applied = await kubectl('apply', '-f', join(repoCrds, 'samples'));
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout.trim().split('\n')).toHaveLength(samples.length);

    const tenantCrd = readManifests(repoCrds).find((o) => o.kind === 'CustomResourceDefinition' && (o.spec as { names: { kind: string } }).names.kind === 'Tenant');
    const spec = tenantCrd!.spec as { scope: string; versions: { storage: boolean; additionalPrinterColumns?: { name: string; priority?: number }[] }[] };
    const namespaced = spec.scope === 'Namespaced';
    const columns = (spec.versions.find((v) => v.storage)!.additionalPrinterColumns ?? []).filter((c) => !c.priority).map((c) => c.name.toUpperCase());
    const res = await kubectl('get', 'tenants', '-A');
    expect(res.code, res.stderr).toBe(0);
    expect(header(res.stdout)).toEqual([...(namespaced ? ['NAMESPACE'] : []), 'NAME', ...columns]);
    const tenantNames = samples.filter((o) => o.kind === 'Tenant').map((o) => o.metadata.name);
    expect(rows(res.stdout).map((r) => r[namespaced ? 1 : 0]).sort()).toEqual(tenantNames.sort());
  });
});
