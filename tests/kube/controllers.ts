/**
 * The cluster's background controllers, run synchronously after every committed write until
 * nothing changes (so tests observe their effects as soon as the write returns):
 * - garbage collection: an object all of whose owners (matched by uid) are gone, or are being
 *   deleted in the foreground, is deleted (recursively, as deletions cascade);
 * - foreground deletion: an owner's `foregroundDeletion` finalizer goes once no dependent is left;
 * - namespace lifecycle: a terminating namespace's objects are deleted, then the namespace;
 * - CRD cleanup: a deleted CRD's custom resources are deleted, then the CRD.
 */
import type { ObjectStore } from './store.ts';
import type { KubeObject, ResourceType } from './types.ts';
import { clone, isPlainObject } from './util.ts';

const foreground = 'foregroundDeletion';
const crdCleanup = 'customresourcecleanup.apiextensions.k8s.io';
const maxPasses = 1000;

export class Controllers {
  private running = false;
  private dirty = false;

  constructor(private readonly store: ObjectStore) {}

  /** Runs passes until one changes nothing; re-entrant calls just mark the state dirty. */
  run(): void {
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.running = true;
    try {
      for (let pass = 0; pass < maxPasses; pass++) {
        this.dirty = false;
        this.garbageCollect();
        this.finishForegroundDeletions();
        this.finalizeNamespaces();
        this.cleanUpCrds();
        if (!this.dirty) break;
      }
    } finally {
      this.running = false;
    }
  }

  private live(): { rt: ResourceType; object: KubeObject }[] {
    const out: { rt: ResourceType; object: KubeObject }[] = [];
    for (const { resource, object } of this.store.entries()) {
      const rt = this.store.registry.byKey(resource);
      if (rt) out.push({ rt, object });
    }
    return out;
  }

  private deleteIfPresent(rt: ResourceType, obj: KubeObject): void {
    if (obj.metadata.deletionTimestamp) return;
    if (!this.store.get(rt, obj.metadata.namespace, obj.metadata.name ?? '')) return;
    this.store.delete(rt, obj.metadata.namespace, obj.metadata.name ?? '', { propagationPolicy: 'Background' });
  }

  private removeFinalizer(rt: ResourceType, obj: KubeObject, finalizer: string): void {
    const next = clone(obj);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (next.metadata.finalizers.length === 0) delete next.metadata.finalizers;
    this.store.controllerUpdate(rt, next);
  }

  private garbageCollect(): void {
    const objects = this.live();
    const byUid = new Map(objects.map((o) => [o.object.metadata.uid, o]));
    for (const { rt, object } of objects) {
      const refs = object.metadata.ownerReferences ?? [];
      if (refs.length === 0 || object.metadata.deletionTimestamp) continue;
      const blocking = refs.some((ref) => {
        const owner = byUid.get(ref.uid);
        // A namespaced owner counts only in the dependent's own namespace (no cross-namespace owners).
        if (!owner || (owner.rt.namespaced && owner.object.metadata.namespace !== object.metadata.namespace)) return false;
        return !(owner.object.metadata.deletionTimestamp && owner.object.metadata.finalizers?.includes(foreground));
      });
      if (!blocking) this.deleteIfPresent(rt, object);
    }
  }

  private finishForegroundDeletions(): void {
    const objects = this.live();
    for (const { rt, object } of objects) {
      if (!object.metadata.deletionTimestamp || !object.metadata.finalizers?.includes(foreground)) continue;
      const hasDependents = objects.some((o) => o.object.metadata.ownerReferences?.some((r) => r.uid === object.metadata.uid));
      if (!hasDependents) this.removeFinalizer(rt, object, foreground);
    }
  }

  private finalizeNamespaces(): void {
    const objects = this.live();
    for (const { rt, object } of objects) {
      if (rt.group !== '' || rt.plural !== 'namespaces' || !object.metadata.deletionTimestamp) continue;
      const contents = objects.filter((o) => o.rt.namespaced && o.object.metadata.namespace === object.metadata.name);
      contents.forEach((o) => this.deleteIfPresent(o.rt, o.object));
      if (contents.length > 0) continue;
      const next = clone(object);
      next.spec = { ...(isPlainObject(next.spec) ? next.spec : {}), finalizers: [] };
      this.store.controllerUpdate(rt, next);
    }
  }

  private cleanUpCrds(): void {
    for (const { rt, object } of this.live()) {
      if (rt.kind !== 'CustomResourceDefinition' || !object.metadata.deletionTimestamp || !object.metadata.finalizers?.includes(crdCleanup)) continue;
      const spec = object.spec as { group?: string; names?: { plural?: string } };
      const served = this.store.registry.byKey(`${spec.group}/${spec.names?.plural}`);
      const instances = served ? this.store.list(served) : [];
      if (served) instances.forEach((o) => this.deleteIfPresent(served, o));
      if (instances.length === 0) this.removeFinalizer(rt, object, crdCleanup);
    }
  }
}
