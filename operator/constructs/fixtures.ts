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

/** The object of `kind` named `name` among rendered objects. */
export const findObject = (objects: any[], kind: string, name: string): any => objects.find((o) => o.kind === kind && o.metadata.name === name);

/** A pod's environment as the kubelet makes it: the ConfigMap (envFrom), then env (secretKeyRef from `secrets`). */
export function podEnv(objects: any[], service: string, secrets: Record<string, Record<string, string>>): Record<string, string> {
  const container = findObject(objects, 'Deployment', service).spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) if (from.configMapRef) Object.assign(env, findObject(objects, 'ConfigMap', from.configMapRef.name).data);
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    if (ref && secrets[ref.name]) env[e.name] = secrets[ref.name][ref.key];
    else if (e.value !== undefined) env[e.name] = e.value;
  }
  return env;
}
