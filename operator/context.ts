/** What every reconciler gets: the client, the caches, config, events and the shared ShardSet state. */
import type { Logger } from 'pino';
import type { ShardMap } from './constructs/index.ts';
import type { OperatorConfig } from './config.ts';
import type { KubeClient } from './kube/client.ts';
import type { EventRecorder } from './kube/events.ts';
import type { Informer } from './kube/informer.ts';
import type { KubeObject } from './kube/types.ts';
import type { OperatorMetrics } from './metrics.ts';

/** A ShardSet as tenants need it: its shard map and the credential values to copy. */
export interface ResolvedShardSet {
  uid: string;
  shardMap: ShardMap;
  credentials: Readonly<Record<string, string>>;
  /** Changes when the map or a credential changes: tenants on the set are reconciled then. */
  fingerprint: string;
}

/** What a reconcile asks of the queue next. */
export interface Outcome {
  /** Look again after this long even without events. */
  requeueAfterMs?: number;
  /** Look again after the key's backoff delay (a failure that already shows in status). */
  backoff?: boolean;
}

/** The academy kinds, each reconciled by its controller. */
export type PrimaryKind = 'ShardSet' | 'Tenant' | 'Course' | 'TenantPool';

export type Enqueue = (kind: PrimaryKind, key: string) => void;

export interface ReconcileContext {
  client: KubeClient;
  config: OperatorConfig;
  log: Logger;
  events: EventRecorder;
  metrics: OperatorMetrics;
  shardSets: Informer;
  tenants: Informer;
  courses: Informer;
  pools: Informer;
  /** Pooled Tenants admitted per TenantPool (held by this leader: admission is checked and taken without an await between). */
  poolMembers: Map<string, Set<string>>;
  /** Caches of owned objects by kind. */
  owned: ReadonlyMap<string, Informer>;
  /** Resolved ShardSets by `namespace/name` (the ShardSet controller writes, the Tenant controller reads). */
  resolved: Map<string, ResolvedShardSet>;
  /** Resolutions in flight by `namespace/name`: concurrent Tenant reconciles share one. */
  resolving: Map<string, Promise<ResolvedShardSet | undefined>>;
  enqueue: Enqueue;
  /** Tells the controllers that watch `kind` that the operator itself changed `obj` (e.g. its Ready). */
  changed(kind: PrimaryKind, obj: KubeObject, old: KubeObject): void;
  now(): Date;
}
