/**
 * What a controller tells the Manager (./manager.ts), as a controller-runtime controller does with
 * its builder: the kind it reconciles, how, what it owns, what else it watches, and how many
 * workers it gets. The Manager owns the machinery (informers, queues, workers, resync, metrics,
 * leader election); the rules of a kind live in its controller (./reconcilers/).
 */
import type { OperatorConfig } from './config.ts';
import type { Outcome, PrimaryKind, ReconcileContext } from './context.ts';
import type { InformerEvent } from './kube/informer.ts';
import type { KubeObject } from './kube/types.ts';

/** A kind the controller applies; the Manager watches it by the operator's managed-by label. */
export interface OwnedKind {
  apiVersion: string;
  kind: string;
  /** Keep `status` in the cache (the controller reads it, e.g. a Deployment's ready replicas). */
  keepStatus?: boolean;
  /** Keep `data` of these objects in the cache (e.g. the keys Secret, read back on every render). */
  keepData?: (obj: KubeObject) => boolean;
  /** The kind may not be served (e.g. CloudNativePG not installed): start empty and keep retrying. */
  optional?: boolean;
}

/** Another kind whose changes concern this controller: `map` names the keys to reconcile. */
export interface Watch {
  kind: PrimaryKind;
  /** Called for every event of `kind`, status-only changes included; returns queue keys of this controller. */
  map(ctx: ReconcileContext, event: InformerEvent, obj: KubeObject, old?: KubeObject): string[];
}

export interface Controller {
  /** The kind reconciled (its own informer, queue and workers). */
  kind: PrimaryKind;
  /** Watched in WATCH_NAMESPACE (namespaced kinds) or cluster-wide. */
  namespaced: boolean;
  /** read -> desired -> apply -> observe -> status, for the object of `key` (`namespace/name` or `name`). */
  reconcile(ctx: ReconcileContext, key: string): Promise<Outcome>;
  /** Kinds this controller applies with itself as controller owner: their events enqueue the owner. */
  owns: readonly OwnedKind[];
  watches?: readonly Watch[];
  /** Concurrent reconciles (never two for one key). */
  workers(config: OperatorConfig): number;
}
