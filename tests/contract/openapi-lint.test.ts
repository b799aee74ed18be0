import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

/**
 * The served OpenAPI document held against two linters nobody here wrote: Redocly
 * (`recommended`) and Spectral (`spectral:oas`), with the repository's rule files
 * (redocly.yaml, .spectral.yaml: every rule they change says why). Zero errors, zero warnings.
 */
const run = promisify(execFile);
let academy: TestAcademy;
let doc: any;
const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
const file = join(dir, 'openapi.json');

beforeAll(async () => {
  academy = await startTestAcademy({ seed: false });
  doc = (await academy.api.get('/api/v1/openapi.json')).body;
  writeFileSync(file, JSON.stringify(doc));
});
afterAll(async () => {
  await academy?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a linter that exits non-zero on findings; its JSON report is what counts. */
async function lint(bin: string, args: string[]): Promise<string> {
  try {
    return (await run(`node_modules/.bin/${bin}`, args, { maxBuffer: 32 * 1024 * 1024 })).stdout;
  } catch (err) {
    return (err as { stdout: string }).stdout;
  }
}

describe('the served OpenAPI document', () => {
  it('passes Redocly recommended with no error and no warning', async () => {
    const out = await lint('redocly', ['lint', file, '--config', 'redocly.yaml', '--format', 'json']);
    const problems = (JSON.parse(out).problems as { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[]).map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it('passes Spectral spectral:oas with no error and no warning', async () => {
    const out = await lint('spectral', ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']);
    const findings = (out.trim() ? JSON.parse(out) : []) as { code: string; message: string; path: string[]; severity: number }[];
    expect(findings.map((f) => `${f.severity} ${f.code}: ${f.message} at ${f.path.join('.')}`)).toEqual([]);
  }, 60_000);

  it('declares a problem+json body for every 4xx, an operationId on every operation, and X-Tenant', () => {
    const ops = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(20);
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) {
      for (const [status, r] of Object.entries(op.responses as Record<string, any>)) {
        if (/^[45]/.test(status)) expect(Object.keys(r.content ?? {}), `${op.operationId} ${status}`).toEqual(['application/problem+json']);
      }
      expect(op.responses['5XX'], op.operationId).toBeDefined();
      expect(op.parameters.map((p: { name: string }) => p.name)).toContain('X-Tenant');
    }
  });
});
