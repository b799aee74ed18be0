import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { RUN_AS_USER } from '../../operator/constructs/service-workload.ts';

/**
 * No Docker engine runs here, so the image is held against what runs it: the user the
 * constructs and the chart demand, the entry point their `args` are given to, and the name the
 * chart and the samples pull.
 */
const dockerfile = readFileSync('Dockerfile', 'utf8');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('Dockerfile', () => {
  it('runs as the non-root user the constructs set (runAsUser/runAsGroup)', () => {
    expect(finalStage).toMatch(new RegExp(`^USER ${RUN_AS_USER}:${RUN_AS_USER}$`, 'm'));
  });

  it('has the academy program as its entry point, so the workloads pass only arguments', () => {
    expect(finalStage).toMatch(/^ENTRYPOINT \["node", "bin\/academy\.js"\]$/m);
    const chart = readFileSync('charts/academy-operator/templates/deployment.yaml', 'utf8');
    expect(chart).not.toMatch(/^\s+command:/m);
    expect(chart).toMatch(/- operator/);
  });

  it('writes nothing outside /tmp at run time (read-only root filesystem): tsx cache off, data under /tmp', () => {
    expect(finalStage).toMatch(/TSX_DISABLE_CACHE=1/);
    expect(finalStage).toMatch(/DATA_DIR=\/tmp\//);
  });

  it('is the image the chart and the samples name', () => {
    const values = parse(readFileSync('charts/academy-operator/values.yaml', 'utf8'));
    expect(`${values.image.repository}:${values.image.tag}`).toBe(`trendtactics/academy:${pkg.version}`);
    expect(readFileSync('crds/samples/tenant-demo.yaml', 'utf8')).toContain(`image: trendtactics/academy:${pkg.version}`);
    expect(readFileSync('Makefile', 'utf8')).toMatch(/^IMAGE \?= trendtactics\/academy:/m);
  });

  it('copies every top-level folder the program imports at run time', () => {
    const copied = new Set([...finalStage.matchAll(/^COPY --from=\w+ \/app\/(\w+) /gm)].map((m) => m[1]));
    // Follow the relative imports of the runtime code (tests excluded) from the entry point.
    const needed = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      needed.add(relative('.', file).split(sep)[0]);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]));
    };
    visit(resolve('bin/academy.js'));
    visit(resolve('services/main.ts'));
    visit(resolve('operator/main.ts'));
    expect([...needed].filter((d) => !copied.has(d))).toEqual([]);
  });
});
