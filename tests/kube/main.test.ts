/** The standalone entry point (`npm run kube:test-server -- --port <n> --kubeconfig <file>`). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import YAML from 'yaml';

const repo = fileURLToPath(new URL('../../', import.meta.url));

it('serves until stopped and writes a kubeconfig pointing at itself', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kube-test-main-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'tests/kube/main.ts'), '--port', '0', '--kubeconfig', kubeconfig, '--load', join(repo, 'tests/kube/fixtures/widgets')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    expect(line).toMatch(/^kube test API server listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(existsSync(kubeconfig)).toBe(true);
    const config = YAML.parse(await readFile(kubeconfig, 'utf8'));
    const url: string = config.clusters[0].cluster.server;
    expect(line).toContain(url);
    const discovery = (await (await fetch(`${url}/apis/fixtures.kube-test.io/v1`)).json()) as { resources: { name: string }[] };
    expect(discovery.resources[0].name).toBe('widgets');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await rm(dir, { recursive: true, force: true });
  }
});
