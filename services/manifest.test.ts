import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MANIFEST_FILE, renderManifest } from './manifest.generate.ts';
import { ALL_SERVICES, selectServices } from './registry.ts';

describe('the service manifest', () => {
  it('crds/generated/services.json is the registry as it is now (else: npx tsx services/manifest.generate.ts)', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(renderManifest());
  });

  it('lists exactly the services that exist, and --services refuses any other name', () => {
    const { services } = JSON.parse(renderManifest()) as { services: { name: string }[] };
    expect(services.map((s) => s.name)).toEqual(ALL_SERVICES.map((m) => m.name));
    expect(() => selectServices('billing', {})).toThrow(/unknown service "billing"/);
    for (const m of ALL_SERVICES) expect(selectServices(m.name, {}).local).toEqual([m]);
  });
});
