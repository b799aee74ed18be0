/** Reading manifests (multi-document YAML files, or every *.yaml/*.yml/*.json in a folder). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { KubeObject } from './types.ts';
import { isPlainObject } from './util.ts';

/** Parses the objects of one or more files or folders (folders non-recursively, files sorted by name). */
export function readManifests(...paths: string[]): KubeObject[] {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => /\.(ya?ml|json)$/.test(f))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  return files.flatMap((file) =>
    YAML.parseAllDocuments(readFileSync(file, 'utf8'))
      .map((doc) => doc.toJS() as unknown)
      .flatMap((obj) => (isPlainObject(obj) && obj.kind === 'List' && Array.isArray(obj.items) ? obj.items : [obj]))
      .filter((obj): obj is KubeObject => isPlainObject(obj) && typeof obj.kind === 'string'),
  );
}
