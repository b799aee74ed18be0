/**
 * The services a Tenant runs, from the service manifest (crds/generated/services.json, written
 * from the academy's service registry by `npx tsx services/manifest.generate.ts`): the gateway
 * role, then every service that exists. The Tenant CRD's per-service scaling keys and the
 * operator's workloads both come from here, so a service that does not exist is never deployed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRD_DIR } from './schema.ts';

export const SERVICES_FILE = join(CRD_DIR, 'generated', 'services.json');

interface Manifest {
  services: { name: string; stagesUploads?: boolean; usesStorage?: boolean }[];
}
const manifest = (): Manifest => JSON.parse(readFileSync(SERVICES_FILE, 'utf8')) as Manifest;

/** `gateway` and the services of the manifest, in registry order. */
export function deployedServices(): string[] {
  return ['gateway', ...manifest().services.map((s) => s.name)];
}

/** The services that keep uploads in flight under DATA_DIR when storage is `fs` (the manifest's `stagesUploads`). */
export function stagingServices(): string[] {
  return manifest().services.filter((s) => s.stagesUploads).map((s) => s.name);
}

/** The services that read or write the storage port (the manifest's `usesStorage`): only they get S3 credentials. */
export function storageServices(): string[] {
  return manifest().services.filter((s) => s.usesStorage).map((s) => s.name);
}

/** The service entries of tenant.yaml's `spec.services` (each `name: *scaling` after the anchored gateway). */
const ENTRY = /^(\s+)([a-z][a-z0-9-]*): \*scaling\n/gm;

/** tenant.yaml with exactly these services under `spec.services` (the gateway keeps its anchor). */
export function withServiceKeys(tenantYaml: string, services: readonly string[]): string {
  const entries = [...tenantYaml.matchAll(ENTRY)];
  if (!entries.length) throw new Error('tenant.yaml: no `name: *scaling` service entries found');
  const indent = entries[0][1];
  const start = entries[0].index!;
  const last = entries[entries.length - 1];
  const end = last.index! + last[0].length;
  const lines = services.filter((s) => s !== 'gateway').map((s) => `${indent}${s}: *scaling\n`).join('');
  return tenantYaml.slice(0, start) + lines + tenantYaml.slice(end);
}
