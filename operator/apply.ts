/**
 * Ensuring owned objects: server-side apply (one field manager, force) of what the constructs
 * render, skipped when the live object already carries the hash of exactly this manifest. So a
 * resync of an unchanged world makes no write at all, and a deleted or foreign-edited-and-rehashed
 * object is applied again.
 */
import { createHash } from 'node:crypto';
import type { KubeManifest } from './constructs/index.ts';
import type { KubeClient } from './kube/client.ts';
import type { Informer } from './kube/informer.ts';
import type { KubeObject } from './kube/types.ts';

/** Hash of the manifest last applied, on every object the operator applies. */
export const APPLIED_HASH_ANNOTATION = 'academy.trendtactics.io/applied-hash';

/** The manifest with its own hash annotated (the hash covers everything else in it). */
function withAppliedHash(manifest: KubeManifest): KubeManifest {
  const hash = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 32);
  return { ...manifest, metadata: { ...manifest.metadata, annotations: { ...manifest.metadata.annotations, [APPLIED_HASH_ANNOTATION]: hash } } };
}

/** Whether `live` exists, is not being deleted, and was applied from the manifest of `hash`. */
function carriesHash(live: KubeObject | undefined, hash: string): boolean {
  return live !== undefined && !live.metadata.deletionTimestamp && live.metadata.annotations?.[APPLIED_HASH_ANNOTATION] === hash;
}

export interface EnsureResult {
  /** Objects written (applied). */
  applied: string[];
  /** Objects already as desired. */
  unchanged: number;
  /** What was ensured: each object's identity and applied hash (see `allUpToDate`). */
  objects: AppliedRef[];
}

export interface AppliedRef {
  kind: string;
  namespace?: string;
  name: string;
  hash: string;
}

/** Whether every object in `refs` is cached with exactly that applied hash (nothing to apply). */
export function allUpToDate(caches: OwnedCaches, refs: readonly AppliedRef[]): boolean {
  return refs.every((r) => carriesHash(caches.get(r.kind)?.get(r.namespace, r.name), r.hash));
}

/** Counts owned objects found as desired, so not applied (the operator's `writesSkipped` metric). */
export interface SkipCounter {
  inc(labels: { kind: string }, value?: number): void;
}

/** Counts every object of `refs` as skipped: a reconcile that found them all up to date without rendering. */
export function countSkipped(skipped: SkipCounter, refs: readonly AppliedRef[]): void {
  const byKind = new Map<string, number>();
  for (const r of refs) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  for (const [kind, n] of byKind) skipped.inc({ kind }, n);
}

/** Cache of owned objects, by kind. */
export type OwnedCaches = ReadonlyMap<string, Informer>;

/**
 * Applies each manifest that differs from its live object; Namespaces first (the rest live in
 * them), then the others concurrently. What a write returns goes into the cache at once.
 */
export async function ensureObjects(client: KubeClient, caches: OwnedCaches, manifests: readonly KubeManifest[], skipped?: SkipCounter): Promise<EnsureResult> {
  const desired = manifests.map(withAppliedHash);
  const result: EnsureResult = {
    applied: [],
    unchanged: 0,
    objects: desired.map((m) => ({ kind: m.kind, namespace: m.metadata.namespace, name: m.metadata.name, hash: m.metadata.annotations?.[APPLIED_HASH_ANNOTATION] ?? '' })),
  };
  const one = async (manifest: KubeManifest): Promise<void> => {
    const cache = caches.get(manifest.kind);
    if (!cache) throw new Error(`no cache of ${manifest.kind}: the operator cannot tell whether ${manifest.metadata.name} is up to date`);
    if (carriesHash(cache.get(manifest.metadata.namespace, manifest.metadata.name), manifest.metadata.annotations?.[APPLIED_HASH_ANNOTATION] ?? '')) {
      result.unchanged++;
      skipped?.inc({ kind: manifest.kind });
      return;
    }
    await cache.writeThrough(() => client.apply(manifest as unknown as KubeObject));
    result.applied.push(`${manifest.kind}/${manifest.metadata.namespace ? `${manifest.metadata.namespace}/` : ''}${manifest.metadata.name}`);
  };
  for (const ns of desired.filter((m) => m.kind === 'Namespace')) await one(ns);
  await Promise.all(desired.filter((m) => m.kind !== 'Namespace').map(one));
  return result;
}
