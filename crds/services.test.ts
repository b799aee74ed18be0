import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRD_DIR } from './schema.ts';
import { deployedServices, withServiceKeys } from './services.ts';
import { validateResource } from './validate.ts';

const tenantCrd = readFileSync(join(CRD_DIR, 'tenant.yaml'), 'utf8');
const sample = () => parse(readFileSync(join(CRD_DIR, 'samples', 'tenant-demo.yaml'), 'utf8'));

describe('the services a Tenant runs come from the service manifest', () => {
  it('tenant.yaml has exactly the manifest services under spec.services (else: npx tsx crds/generate.ts)', () => {
    expect(withServiceKeys(tenantCrd, deployedServices())).toBe(tenantCrd);
    expect(deployedServices()).toEqual(['gateway', 'auth', 'users', 'courses', 'progress', 'payments', 'notifications', 'video', 'analytics']);
  });

  it('refuses a Tenant that names a service that does not exist', () => {
    const tenant = sample();
    tenant.spec.services = { ...(tenant.spec.services ?? {}), billing: { minReplicas: 1, maxReplicas: 2 } };
    expect(validateResource('Tenant', tenant).map((v) => `${v.path} ${v.message}`)).toEqual(['.spec.services.billing is not a known field']);
  });

});
