import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets of issue #10, in bytes of gzip. */
export const BUDGETS = { catalogInitialJs: 150 * 1024, catalogInitialJsAim: 80 * 1024, routeChunk: 250 * 1024 };

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleSizes {
  /** JS the catalog route (`/`) loads before it can render: the entry, the catalog chunk and their static imports. */
  catalogInitial: { files: string[]; gzip: number };
  /** Every lazily loaded chunk (a route, or hls.js / recharts) with everything it imports. */
  chunks: { name: string; gzip: number }[];
}

/** Gzip sizes from the build's manifest (web/dist/.vite/manifest.json), following static imports. */
export function bundleSizes(dist: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length));
    return n;
  };
  const closure = (keys: string[], seen = new Set<string>()) => {
    for (const k of keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      closure(manifest[k].imports ?? [], seen);
    }
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const catalog = Object.keys(manifest).find((k) => k.endsWith('learner/catalog-page.tsx'));
  if (!catalog) throw new Error('no catalog chunk in the manifest');
  const initial = [...closure([entry, catalog])].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const entryFiles = new Set([...closure([entry])].map((k) => manifest[k].file));
  const chunks = Object.keys(manifest)
    .filter((k) => manifest[k].isDynamicEntry)
    .map((k) => ({
      name: manifest[k].src ?? k,
      // What opening it downloads on top of the entry (already loaded on every page).
      gzip: [...closure([k])].map((c) => manifest[c].file).filter((f) => f.endsWith('.js') && !entryFiles.has(f)).reduce((sum, f) => sum + size(f), 0),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  return { catalogInitial: { files: initial, gzip: initial.reduce((sum, f) => sum + size(f), 0) }, chunks };
}
