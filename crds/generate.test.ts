import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_CRD_DIR, TYPES_FILE, chartCrdFiles, renderTypes } from './generate.ts';

describe('generated files', () => {
  it('crds/types.generated.ts is what the CRD files generate (run `npx tsx crds/generate.ts`)', async () => {
    // GIVEN the committed types  WHEN they are generated again  THEN nothing changes
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await renderTypes());
  });

  it('the chart carries byte-identical copies of every CRD file', () => {
    const files = chartCrdFiles();
    expect(Object.keys(files)).toEqual(['shardset.yaml', 'tenant.yaml', 'course.yaml', 'tenantpool.yaml']);
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(join(CHART_CRD_DIR, file), 'utf8'), file).toBe(text);
    }
  });

  it('a field with a schema default is required in the stored type, one without stays optional', () => {
    const types = readFileSync(TYPES_FILE, 'utf8');
    expect(types).toMatch(/logicalShards: number;/);
    expect(types).toMatch(/plan: "free" \| "starter" \| "pro" \| "enterprise";/);
    expect(types).toMatch(/region\?: string;/);
    // one declaration per titled schema, shared by every CRD that uses it
    expect(types.match(/export interface Condition \{/g)).toHaveLength(1);
    expect(types).not.toMatch(/Condition1|SecretKeyRef1|ComputeResources1/);
  });
});
