/**
 * `academy operator` run as a newcomer runs it, outside a cluster: the real program (bin/academy.js)
 * with only KUBECONFIG set (and a free metrics port, so parallel suites do not collide), against a
 * fresh test API server that the real kubectl loaded with `crds/` and `crds/samples/`.
 * - leader election is off for a local run, so the demo Tenant becomes Ready (the cluster simulator
 *   plays the kubelets and CloudNativePG);
 * - a Tenant without spec.image, when the operator has no OPERATOR_IMAGE, gets a condition saying so;
 * - asked for leader election with the Lease namespace missing, the program says so once, naming
 *   the namespace and the variable, and leads as soon as the namespace exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { startKubeTestServer, type KubeTestServer } from '../kube/server.ts';
import { fixtures } from '../kube/testkit.ts';
import type { ClusterSim } from './cluster-sim.ts';
import { academy, condition, kubectlIn, kubectlPath, ready, SAMPLES_DIR, startSim, tenantNamed, waitFor } from './harness.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** The `academy operator` program with exactly `env` (plus PATH and HOME); its output collected. */
function startProgram(env: Record<string, string>): { child: ChildProcess; output: () => string; stop: () => Promise<void> } {
  let output = '';
  const child = spawn(process.execPath, [join(repo, 'bin/academy.js'), 'operator'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

describe.skipIf(!kubectlPath)('academy operator outside a cluster', () => {
  let server: KubeTestServer;
  let dir: string;
  let sim: ClusterSim | undefined;
  let program: ReturnType<typeof startProgram> | undefined;
  /** Every program started, so a failed test does not leave one running. */
  const started: ReturnType<typeof startProgram>[] = [];
  const launch = (env: Record<string, string>) => {
    const p = startProgram(env);
    started.push(p);
    return p;
  };

  const kubectl = kubectlIn(() => dir);
  const kubectlApply = async (name: string, object: object) => {
    await writeFile(join(dir, name), YAML.stringify(object));
    return kubectl('apply', '-f', join(dir, name));
  };

  beforeAll(async () => {
    server = await startKubeTestServer({});
    dir = await mkdtemp(join(tmpdir(), 'operator-local-run-'));
    await server.writeKubeconfig(join(dir, 'kubeconfig'));
    // What a newcomer applies: the CRDs (and CloudNativePG's Cluster CRD, which its install brings), then the samples.
    await kubectl('apply', '-f', fileURLToPath(new URL('../../crds/', import.meta.url)), '-f', join(fixtures, 'cnpg-cluster-crd.yaml'));
    await kubectl('apply', '-f', SAMPLES_DIR);
    sim = await startSim(server);
  }, 30_000);

  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await sim?.stop();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('with only KUBECONFIG set, runs without leader election and brings the demo Tenant Ready', async () => {
    program = launch({ KUBECONFIG: join(dir, 'kubeconfig') });
    await waitFor('demo Tenant Ready', () => ready(academy(server, 'Tenant', undefined, 'demo')), 40_000);
    expect(server.requests.count({ resource: 'leases' })).toBe(0);
    expect(program.output()).not.toContain('Lease');
  }, 60_000);

  it('a Tenant without spec.image while OPERATOR_IMAGE is unset gets a condition naming both, not a stall', async () => {
    const tenant = tenantNamed('imageless');
    delete (tenant.spec as { image?: string }).image;
    await kubectlApply('imageless.yaml', tenant);
    await waitFor('imageless reports the missing image', () => condition(academy(server, 'Tenant', undefined, 'imageless'), 'Ready')?.status === 'False' && condition(academy(server, 'Tenant', undefined, 'imageless'), 'Degraded')?.status === 'True', 30_000);
    const status = academy(server, 'Tenant', undefined, 'imageless')!;
    expect(condition(status, 'Ready')).toMatchObject({ reason: 'ImageNotSet', message: expect.stringMatching(/spec\.image.*OPERATOR_IMAGE/) });
    expect(condition(status, 'ServicesAvailable')).toMatchObject({ status: 'False', reason: 'ImageNotSet' });
    // Nothing was rendered for it: no Deployment runs an image that does not exist.
    expect(server.objects.list('apps/v1', 'Deployment', 'academy-imageless')).toEqual([]);
    const out = await kubectl('get', 'tenant', 'imageless', '-o', 'jsonpath={.status.conditions[?(@.type=="Ready")].message}');
    expect(out).toContain('OPERATOR_IMAGE');
    await program!.stop();
    program = undefined;
  }, 60_000);

  it('asked for leader election without the Lease namespace, it says so once, naming it and the variable, then leads once it exists', async () => {
    program = launch({ KUBECONFIG: join(dir, 'kubeconfig'), LEADER_ELECTION: 'true', LEASE_RETRY_SECONDS: '0.1' });
    const said = () => program!.output().split('\n').filter((l) => l.includes('academy-system (POD_NAMESPACE), does not exist'));
    await waitFor('the missing namespace reported', () => said().length >= 1, 20_000);
    // Retries go on (every 0.1 s here); the message is not repeated.
    const creates = server.requests.count({ resource: 'leases', verb: 'create' });
    await waitFor('five more Lease attempts', () => server.requests.count({ resource: 'leases', verb: 'create' }) >= creates + 5);
    expect(said()).toHaveLength(1);
    expect(said()[0]).toContain('LEADER_ELECTION=false');
    expect(program.output()).not.toContain('could not read or write the Lease');

    await kubectlApply('academy-system.yaml', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'academy-system' } });
    await waitFor('the program holds the Lease', () => (server.objects.get('coordination.k8s.io/v1', 'Lease', 'academy-system', 'academy-operator')?.spec as { holderIdentity?: string } | undefined)?.holderIdentity);
    await kubectlApply('after.yaml', tenantNamed('after-lease'));
    await waitFor('after-lease Ready', () => ready(academy(server, 'Tenant', undefined, 'after-lease')), 40_000);
  }, 90_000);
});
