/**
 * The cluster's background controllers, run synchronously after every committed write until
 * nothing changes (so tests observe their effects as soon as the write returns):
 * - garbage collection: an object all of whose owners (matched by uid) are gone, or are being
 *   deleted in the foreground, is deleted (recursively, as deletions cascade);
 * - foreground deletion: an owner's `foregroundDeletion` finalizer goes once no dependent is left;
 * - namespace lifecycle: a terminating namespace's objects are deleted, then the namespace;
 * - CRD cleanup: a deleted CRD's custom resources are deleted, then the CRD.
 *
 * They run after every write, so they do not scan the store: the store's events tell them which
 * objects a write may affect (the object and its dependents, for garbage collection; objects being
 * deleted in the foreground; terminating namespaces and CRDs), and the store's uid, owner and namespace
 * indexes answer their questions.
 */
import { crdCleanupFinalizer } from './crd.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import type { KubeObject, ResourceType } from './types.ts';
import { clone, isPlainObject } from './util.ts';

const foreground = 'foregroundDeletion';
const maxPasses = 1000;
const crdsKey = 'apiextensions.k8s.io/customresourcedefinitions';

export class Controllers {
  private running = false;
  private dirty = false;
  /** Uids whose garbage-collection verdict may have changed: written objects with owners, and dependents of written or removed objects. */
  private readonly gcCandidates = new Set<string>();
  /** Uids of objects being deleted in the foreground (deletionTimestamp + `foregroundDeletion`). */
  private readonly foregroundDeleting = new Set<string>();
  /** Uids of terminating namespaces. */
  private readonly terminatingNamespaces = new Set<string>();
  /** Uids of CRDs being deleted that still carry the cleanup finalizer. */
  private readonly terminatingCrds = new Set<string>();

  constructor(private readonly store: ObjectStore) {
    store.subscribe((event) => this.observe(event));
  }

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
        if (!this.dirty && this.gcCandidates.size === 0) break;
      }
    } finally {
      this.running = false;
    }
  }

  private observe(event: StoreEvent): void {
    const uid = event.object.metadata.uid;
    if (!uid) return;
    const meta = event.object.metadata;
    const present = event.type !== 'DELETED';
    if (present && (meta.ownerReferences?.length ?? 0) > 0) this.gcCandidates.add(uid);
    for (const dependent of this.store.dependentsOf(uid)) this.gcCandidates.add(dependent);
    if (present && meta.deletionTimestamp && meta.finalizers?.includes(foreground)) this.foregroundDeleting.add(uid);
    else this.foregroundDeleting.delete(uid);
    if (event.resource === '/namespaces') {
      if (present && meta.deletionTimestamp) this.terminatingNamespaces.add(uid);
      else this.terminatingNamespaces.delete(uid);
    }
    if (event.resource === crdsKey) {
      if (present && meta.deletionTimestamp && meta.finalizers?.includes(crdCleanupFinalizer)) this.terminatingCrds.add(uid);
      else this.terminatingCrds.delete(uid);
    }
  }

  /** The stored object with this uid and its resource type (if the resource is still served). */
  private live(uid: string): { rt: ResourceType; object: KubeObject } | undefined {
    const entry = this.store.byUid(uid);
    const rt = entry && this.store.registry.byKey(entry.resource);
    return rt && entry ? { rt, object: entry.object } : undefined;
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
    const candidates = [...this.gcCandidates];
    this.gcCandidates.clear();
    for (const uid of candidates) {
      const found = this.live(uid);
      if (!found) continue;
      const { rt, object } = found;
      const refs = object.metadata.ownerReferences ?? [];
      if (refs.length === 0 || object.metadata.deletionTimestamp) continue;
      const blocking = refs.some((ref) => {
        const owner = this.live(ref.uid);
        // A namespaced owner counts only in the dependent's own namespace (no cross-namespace owners).
        if (!owner || (owner.rt.namespaced && owner.object.metadata.namespace !== object.metadata.namespace)) return false;
        return !(owner.object.metadata.deletionTimestamp && owner.object.metadata.finalizers?.includes(foreground));
      });
      if (!blocking) this.deleteIfPresent(rt, object);
    }
  }

  private finishForegroundDeletions(): void {
    for (const uid of [...this.foregroundDeleting]) {
      const found = this.live(uid);
      if (!found) continue;
      const { rt, object } = found;
      if (!object.metadata.deletionTimestamp || !object.metadata.finalizers?.includes(foreground)) continue;
      const hasDependents = [...this.store.dependentsOf(uid)].some((d) => this.live(d) !== undefined);
      if (!hasDependents) this.removeFinalizer(rt, object, foreground);
    }
  }

  private finalizeNamespaces(): void {
    for (const uid of [...this.terminatingNamespaces]) {
      const found = this.live(uid);
      if (!found) continue;
      const { rt, object } = found;
      if (rt.group !== '' || rt.plural !== 'namespaces' || !object.metadata.deletionTimestamp) continue;
      const contents = [...this.store.contentsOf(object.metadata.name ?? '')].map((d) => this.live(d)).filter((o) => o !== undefined && o.rt.namespaced) as { rt: ResourceType; object: KubeObject }[];
      contents.forEach((o) => this.deleteIfPresent(o.rt, o.object));
      if (contents.length > 0) continue;
      const next = clone(object);
      next.spec = { ...(isPlainObject(next.spec) ? next.spec : {}), finalizers: [] };
      this.store.controllerUpdate(rt, next);
    }
  }

  private cleanUpCrds(): void {
    for (const uid of [...this.terminatingCrds]) {
      const found = this.live(uid);
      if (!found) continue;
      const { rt: crdRt, object } = found;
      const spec = object.spec as { group?: string; names?: { plural?: string } };
      const served = this.store.registry.byKey(`${spec.group}/${spec.names?.plural}`);
      const instances = served ? this.store.list(served) : [];
      if (served) instances.forEach((o) => this.deleteIfPresent(served, o));
      if (instances.length === 0) this.removeFinalizer(crdRt, object, crdCleanupFinalizer);
    }
  }
}
