/** Which resources are served: the built-ins plus one entry per established CRD. */
import { builtinResources } from './builtins.ts';
import { resourceKey, splitApiVersion, type ResourceType } from './types.ts';
import { compareKubeVersions } from './versions.ts';

export interface ApiGroupInfo {
  name: string;
  /** Served versions, preferred first. */
  versions: string[];
}

export class ResourceRegistry {
  private readonly resources = new Map<string, ResourceType>();

  constructor() {
    for (const rt of builtinResources()) this.resources.set(resourceKey(rt), rt);
  }

  all(): ResourceType[] {
    return [...this.resources.values()];
  }

  /** Adds or replaces a resource (CRDs re-register on every update). */
  register(rt: ResourceType): void {
    this.resources.set(resourceKey(rt), rt);
  }

  unregister(group: string, plural: string): void {
    this.resources.delete(resourceKey({ group, plural }));
  }

  /** The resource served at `/apis/<group>/<version>/<plural>`, if that version is served. */
  byPath(group: string, version: string, plural: string): ResourceType | undefined {
    const rt = this.resources.get(resourceKey({ group, plural }));
    return rt && rt.versions.includes(version) ? rt : undefined;
  }

  byKey(key: string): ResourceType | undefined {
    return this.resources.get(key);
  }

  /** The resource of an `apiVersion` + `kind` pair (for ownerReferences and seeding). */
  byKind(apiVersion: string, kind: string): ResourceType | undefined {
    const { group, version } = splitApiVersion(apiVersion);
    return this.all().find((rt) => rt.group === group && rt.kind === kind && rt.versions.includes(version));
  }

  /** Served groups (the core group `''` included), each with its versions in preference order. */
  groups(): ApiGroupInfo[] {
    const byGroup = new Map<string, Set<string>>();
    for (const rt of this.resources.values()) {
      const versions = byGroup.get(rt.group) ?? new Set<string>();
      rt.versions.forEach((v) => versions.add(v));
      byGroup.set(rt.group, versions);
    }
    return [...byGroup.entries()]
      .map(([name, versions]) => ({ name, versions: [...versions].sort(compareKubeVersions) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Resources of one group version, for `APIResourceList`. */
  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.all().filter((rt) => rt.group === group && rt.versions.includes(version));
  }
}
