/** Test fixtures: the samples of crds/samples/, parsed and defaulted as the API server stores them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CRD_DIR, type Course, type ShardSet, type Tenant } from '../../crds/index.ts';
import { parseResource } from '../../crds/validate.ts';

function read(file: string): unknown {
  return parse(readFileSync(join(CRD_DIR, 'samples', file), 'utf8'));
}

export const demoShardSet = (): ShardSet => parseResource('ShardSet', read('shardset-demo.yaml'));
export const externalShardSet = (): ShardSet => parseResource('ShardSet', read('shardset-external.yaml'));
export const demoTenant = (): Tenant => parseResource('Tenant', read('tenant-demo.yaml'));
export const demoCourse = (): Course => parseResource('Course', read('course-demo.yaml'));
