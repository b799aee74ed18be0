/**
 * The object store: one global resourceVersion counter, create/update/delete with kube-apiserver's
 * semantics (optimistic concurrency, generation, status subresource, finalizers, deletionTimestamp),
 * and a synchronous event feed for the watch hub. Background controllers (`controllers.ts`) run
 * after every committed write.
 */
import { randomUUID } from 'node:crypto';
import { admit, type FieldValidation } from './admission.ts';
import { crdCleanupFinalizer, isCrdResource, resourceFromCrd } from './crd.ts';
import { alreadyExists, badRequest, conflict, fieldError, forbidden, invalid, notFound } from './errors.ts';
import type { ResourceRegistry } from './registry.ts';
import { apiVersionOf, resourceKey, type KubeObject, type ResourceType } from './types.ts';
import { clone, deepEqual, randomSuffix, timestamp } from './util.ts';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  rv: number;
  /** `group/plural` of the object. */
  resource: string;
  object: KubeObject;
  previous?: KubeObject;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldValidation?: FieldValidation;
}

export interface UpdateOptions extends WriteOptions {
  subresource?: 'status';
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  dryRun?: boolean;
  propagationPolicy?: PropagationPolicy;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface WriteResult {
  object: KubeObject;
  warnings: string[];
}

export interface DeleteResult {
  object: KubeObject;
  /** False when finalizers keep the object (it only got a deletionTimestamp). */
  removed: boolean;
}

const emptySet: ReadonlySet<string> = new Set();
const objectKey = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;
const namespacesRt = { group: '', plural: 'namespaces' };

/** Everything but metadata (and status, for kinds with a status subresource): what bumps generation. */
function generationRelevant(rt: ResourceType, obj: KubeObject): Record<string, unknown> {
  const { metadata: _m, status, ...rest } = obj;
  return rt.hasStatus ? rest : { ...rest, status };
}

/** What must differ for a write to happen: not the resourceVersion, nor managedFields times alone. */
function withoutVolatileMeta(obj: KubeObject): unknown {
  const { resourceVersion: _rv, managedFields, ...meta } = obj.metadata;
  return { ...obj, metadata: { ...meta, managedFields: managedFields?.map(({ time: _t, ...entry }) => entry) } };
}

/** A stored object with the key of its resource (`group/plural`). */
export interface StoredEntry {
  resource: string;
  object: KubeObject;
}

export class ObjectStore {
  private rv = 0;
  private readonly data = new Map<string, Map<string, KubeObject>>();
  /**
   * Indexes kept with every commit/removal, so the controllers that run after each write look only
   * at what a write can affect instead of scanning every object: by uid, owner uid -> dependent
   * uids (from ownerReferences), namespace name -> uids of the objects in it.
   */
  private readonly uids = new Map<string, StoredEntry>();
  private readonly dependents = new Map<string, Set<string>>();
  private readonly namespaceContents = new Map<string, Set<string>>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  /** Set by the server: runs GC, namespace and CRD cleanup after each committed write. */
  afterWrite: () => void = () => {};

  constructor(readonly registry: ResourceRegistry) {}

  resourceVersion(): number {
    return this.rv;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(rt: Pick<ResourceType, 'group' | 'plural'>, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.data.get(resourceKey(rt))?.get(objectKey(namespace, name));
  }

  /** Objects of one resource (optionally one namespace), sorted by namespace/name as kube lists them. */
  list(rt: Pick<ResourceType, 'group' | 'plural'>, namespace?: string): KubeObject[] {
    let entries = [...(this.data.get(resourceKey(rt))?.entries() ?? [])];
    if (namespace !== undefined) entries = entries.filter(([, o]) => o.metadata.namespace === namespace);
    return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
  }

  /** The stored object with this uid, and its resource key. */
  byUid(uid: string): StoredEntry | undefined {
    return this.uids.get(uid);
  }

  /** Uids of the stored objects whose ownerReferences name `ownerUid` (whether or not that owner exists). */
  dependentsOf(ownerUid: string): ReadonlySet<string> {
    return this.dependents.get(ownerUid) ?? emptySet;
  }

  /** Uids of the stored objects in namespace `name`. */
  contentsOf(name: string): ReadonlySet<string> {
    return this.namespaceContents.get(name) ?? emptySet;
  }

  /** Every stored object with its resource key. */
  *entries(): Generator<{ resource: string; object: KubeObject }> {
    for (const [resource, objects] of this.data) for (const object of objects.values()) yield { resource, object };
  }

  create(rt: ResourceType, namespace: string | undefined, body: KubeObject, opts: WriteOptions = {}): WriteResult {
    const obj = clone(body);
    const meta = (obj.metadata = { ...(obj.metadata ?? {}) });
    if (rt.namespaced) {
      if (meta.namespace && meta.namespace !== namespace) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      meta.namespace = namespace;
      this.requireActiveNamespace(rt, namespace ?? '', meta.name ?? meta.generateName ?? '');
    } else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    for (const key of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'selfLink'] as const) delete meta[key];
    if (rt.hasStatus) delete obj.status;
    Object.assign(meta, { uid: randomUUID(), creationTimestamp: timestamp(), generation: 1 });
    const { warnings } = admit(rt, obj, undefined, opts.fieldValidation ?? 'Warn');
    if (this.get(rt, meta.namespace, meta.name ?? '')) throw alreadyExists(rt, meta.name ?? '');
    if (opts.dryRun) return { object: obj, warnings };
    this.commit(rt, 'ADDED', obj);
    this.afterWrite();
    return { object: obj, warnings };
  }

  update(rt: ResourceType, namespace: string | undefined, name: string, body: KubeObject, opts: UpdateOptions = {}): WriteResult {
    const old = this.get(rt, namespace, name);
    if (!old) throw notFound(rt, name);
    const requested = body.metadata?.resourceVersion;
    if (requested === undefined || requested === '') {
      if (rt.custom) throw invalid(rt.kind, rt.group, name, [fieldError('metadata.resourceVersion', 'FieldValueInvalid', 'must be specified for an update', '0x0')]);
    } else if (requested !== old.metadata.resourceVersion) throw conflict(rt, name);

    const next = opts.subresource === 'status' ? this.statusUpdate(old, body) : this.mainUpdate(rt, old, body);
    const oldFinalizers = old.metadata.finalizers ?? [];
    if (old.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).some((f) => !oldFinalizers.includes(f))) {
      throw invalid(rt.kind, rt.group, name, [fieldError('metadata.finalizers', 'FieldValueForbidden', 'no new finalizers can be added if the object is being deleted')]);
    }
    const { warnings } = admit(rt, next, old, opts.fieldValidation ?? 'Warn');
    if (deepEqual(withoutVolatileMeta(next), withoutVolatileMeta(old))) return { object: old, warnings };
    if (!deepEqual(generationRelevant(rt, next), generationRelevant(rt, old))) next.metadata.generation = (old.metadata.generation ?? 1) + 1;
    if (opts.dryRun) return { object: next, warnings };
    if (this.finalized(rt, next)) this.remove(rt, next);
    else this.commit(rt, 'MODIFIED', next, old);
    this.afterWrite();
    return { object: next, warnings };
  }

  delete(rt: ResourceType, namespace: string | undefined, name: string, opts: DeleteOptions = {}): DeleteResult {
    const old = this.get(rt, namespace, name);
    if (!old) throw notFound(rt, name);
    const pre = opts.preconditions ?? {};
    if (pre.uid && pre.uid !== old.metadata.uid) throw conflict(rt, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`);
    if (pre.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion) {
      throw conflict(rt, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`);
    }
    const next = clone(old);
    const finalizers = new Set(next.metadata.finalizers ?? []);
    if (opts.propagationPolicy === 'Foreground') finalizers.add('foregroundDeletion');
    if (isCrdResource(rt)) finalizers.add(crdCleanupFinalizer);
    if (finalizers.size > 0) next.metadata.finalizers = [...finalizers];
    if (opts.dryRun) return { object: next, removed: finalizers.size === 0 };
    if (opts.propagationPolicy === 'Orphan') this.orphanDependents(old);
    if (finalizers.size === 0 && !this.isNamespace(rt)) {
      const removed = this.remove(rt, next);
      this.afterWrite();
      return { object: removed, removed: true };
    }
    if (!next.metadata.deletionTimestamp) {
      next.metadata.deletionTimestamp = timestamp();
      next.metadata.deletionGracePeriodSeconds = 0;
      if (this.isNamespace(rt)) next.status = { phase: 'Terminating' };
    }
    if (!deepEqual(next, old)) this.commit(rt, 'MODIFIED', next, old);
    this.afterWrite();
    return { object: this.get(rt, namespace, name) ?? next, removed: false };
  }

  /** Writes without admission, for the server's own controllers (finalizer removal, orphaning). */
  controllerUpdate(rt: ResourceType, next: KubeObject): void {
    const old = this.get(rt, next.metadata.namespace, next.metadata.name ?? '');
    if (!old || deepEqual(next, old)) return;
    if (this.finalized(rt, next)) this.remove(rt, next);
    else this.commit(rt, 'MODIFIED', next, old);
  }

  private isNamespace(rt: Pick<ResourceType, 'group' | 'plural'>): boolean {
    return rt.group === '' && rt.plural === 'namespaces';
  }

  /** Deleting and no finalizer left (for namespaces, also no `spec.finalizers`): the object goes. */
  private finalized(rt: ResourceType, obj: KubeObject): boolean {
    if (!obj.metadata.deletionTimestamp || (obj.metadata.finalizers ?? []).length > 0) return false;
    const spec = obj.spec as { finalizers?: string[] } | undefined;
    return !this.isNamespace(rt) || (spec?.finalizers ?? []).length === 0;
  }

  private requireActiveNamespace(rt: ResourceType, namespace: string, name: string): void {
    const ns = this.get(namespacesRt, undefined, namespace);
    if (!ns) throw notFound(namespacesRt, namespace);
    if (ns.metadata.deletionTimestamp) throw forbidden(rt, name, `unable to create new content in namespace ${namespace} because it is being terminated`);
  }

  private mainUpdate(rt: ResourceType, old: KubeObject, body: KubeObject): KubeObject {
    const next = clone(body);
    next.metadata = { ...next.metadata };
    if (rt.hasStatus) {
      if (old.status === undefined) delete next.status;
      else next.status = clone(old.status);
    }
    const m = next.metadata;
    const o = old.metadata;
    Object.assign(m, { name: o.name, namespace: o.namespace, uid: o.uid, creationTimestamp: o.creationTimestamp, generation: o.generation });
    for (const key of ['deletionTimestamp', 'deletionGracePeriodSeconds', 'namespace'] as const) {
      if (o[key] === undefined) delete m[key];
      else (m as Record<string, unknown>)[key] = o[key];
    }
    if (m.managedFields === undefined && o.managedFields) m.managedFields = o.managedFields;
    return next;
  }

  private statusUpdate(old: KubeObject, body: KubeObject): KubeObject {
    const next = clone(old);
    if (body.status === undefined) delete next.status;
    else next.status = clone(body.status);
    if (body.metadata?.managedFields) next.metadata.managedFields = clone(body.metadata.managedFields);
    return next;
  }

  private orphanDependents(owner: KubeObject): void {
    const dependents = [...this.dependentsOf(owner.metadata.uid ?? '')].map((uid) => this.uids.get(uid)).filter((e) => e !== undefined);
    for (const { resource, object } of dependents) {
      const refs = object.metadata.ownerReferences ?? [];
      if (!refs.some((r) => r.uid === owner.metadata.uid)) continue;
      const rt = this.registry.byKey(resource);
      if (!rt) continue;
      const next = clone(object);
      next.metadata.ownerReferences = refs.filter((r) => r.uid !== owner.metadata.uid);
      if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
      this.commit(rt, 'MODIFIED', next, object);
    }
  }

  private storageApiVersion(rt: ResourceType): string {
    const storage = rt.custom?.versions.find((v) => v.storage)?.name ?? rt.versions[0];
    return apiVersionOf(rt.group, storage);
  }

  private commit(rt: ResourceType, type: 'ADDED' | 'MODIFIED', obj: KubeObject, previous?: KubeObject): void {
    obj.apiVersion = this.storageApiVersion(rt);
    obj.kind = rt.kind;
    obj.metadata.resourceVersion = String(++this.rv);
    const key = resourceKey(rt);
    let objects = this.data.get(key);
    if (!objects) this.data.set(key, (objects = new Map()));
    const okey = objectKey(obj.metadata.namespace, obj.metadata.name ?? '');
    const replaced = objects.get(okey);
    if (replaced) this.unindex(replaced);
    objects.set(okey, obj);
    this.index(key, obj);
    if (isCrdResource(rt)) this.registry.register(resourceFromCrd(obj));
    this.emit({ type, rv: this.rv, resource: key, object: obj, previous });
  }

  private remove(rt: ResourceType, obj: KubeObject): KubeObject {
    const key = resourceKey(rt);
    const okey = objectKey(obj.metadata.namespace, obj.metadata.name ?? '');
    const stored = this.data.get(key)?.get(okey);
    if (stored) this.unindex(stored);
    this.data.get(key)?.delete(okey);
    if (isCrdResource(rt)) {
      const served = resourceFromCrd(obj);
      this.registry.unregister(served.group, served.plural);
      for (const o of this.data.get(resourceKey(served))?.values() ?? []) this.unindex(o);
      this.data.delete(resourceKey(served));
    }
    const removed = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(++this.rv) } };
    this.emit({ type: 'DELETED', rv: this.rv, resource: key, object: removed, previous: obj });
    return removed;
  }

  private index(resource: string, obj: KubeObject): void {
    const uid = obj.metadata.uid ?? '';
    this.uids.set(uid, { resource, object: obj });
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(ref.uid);
      if (!set) this.dependents.set(ref.uid, (set = new Set()));
      set.add(uid);
    }
    const ns = obj.metadata.namespace;
    if (ns !== undefined) {
      let set = this.namespaceContents.get(ns);
      if (!set) this.namespaceContents.set(ns, (set = new Set()));
      set.add(uid);
    }
  }

  private unindex(obj: KubeObject): void {
    const uid = obj.metadata.uid ?? '';
    this.uids.delete(uid);
    for (const ref of obj.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(ref.uid);
      set?.delete(uid);
      if (set?.size === 0) this.dependents.delete(ref.uid);
    }
    const ns = obj.metadata.namespace;
    if (ns !== undefined) {
      const set = this.namespaceContents.get(ns);
      set?.delete(uid);
      if (set?.size === 0) this.namespaceContents.delete(ns);
    }
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
