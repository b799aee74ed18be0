/**
 * Writes crds/generated/services.json from the service registry: the one list of services the
 * operator (workloads per service) and the Tenant CRD (per-service scaling) are built from.
 * Run `npx tsx services/manifest.generate.ts` after adding a service; services/manifest.test.ts
 * fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serviceManifest } from './registry.ts';

export const MANIFEST_FILE = fileURLToPath(new URL('../crds/generated/services.json', import.meta.url));

export function renderManifest(): string {
  return `${JSON.stringify(serviceManifest(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(MANIFEST_FILE, renderManifest());
  console.log(`wrote ${MANIFEST_FILE}`);
}
