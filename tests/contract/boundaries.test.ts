import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Service boundaries (.dependency-cruiser.cjs), checked by dependency-cruiser on the real import
 * graph: a service imports the kit and other services' api.ts only; the kit and the operator
 * import no service; no import cycles.
 */
const run = promisify(execFile);

describe('service boundaries', () => {
  it('has no dependency-cruiser violation', async () => {
    let out: string;
    try {
      out = (await run('node_modules/.bin/depcruise', ['services', 'operator', 'crds', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    const { summary } = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
    expect(summary.totalCruised).toBeGreaterThan(100);
    expect(summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 120_000);
});
