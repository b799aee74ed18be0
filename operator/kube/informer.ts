/**
 * An informer of one kind: list, then watch from the list's resourceVersion, keeping a cache and
 * telling handlers what changed. Owned here rather than taken from client-node 1.4 (whose informer
 * can stall silently and replay after a restart):
 * - `410 Gone` (as an ERROR event or an answer) -> relist, and handlers get the difference;
 * - a watch that ends (timeout, cut) -> watch again from the last resourceVersion seen;
 * - a transport error -> retry with backoff, relisting;
 * - every `relistIntervalMs` a relist anyway, so a watch that silently stalls costs at most that long.
 */
import type { Logger } from 'pino';
import { isGone, KubeApiError, type KubeClient, type WatchEvent, type WatchHandle } from './client.ts';
import { objectKey } from './resources.ts';
import type { KubeObject } from './types.ts';
import { Sleeper } from './sleeper.ts';

export type InformerEvent = 'add' | 'update' | 'delete';
export type InformerHandler = (event: InformerEvent, obj: KubeObject, old?: KubeObject) => void;

export interface InformerOptions {
  apiVersion: string;
  kind: string;
  /** Only this namespace. @default all */
  namespace?: string;
  labelSelector?: string;
  /** Trims what is cached (e.g. drops managedFields and specs the operator never reads). */
  transform?: (obj: KubeObject) => KubeObject;
  /** @default 300 */
  watchTimeoutSeconds?: number;
  /** @default 600_000 */
  relistIntervalMs?: number;
  /** The kind may not be served (e.g. CloudNativePG not installed): start empty and keep retrying. */
  optional?: boolean;
  log: Logger;
}

export class Informer {
  private readonly cache = new Map<string, KubeObject>();
  /** For each key, the arrival number of its last list/watch update (see `mark` and `remember`). */
  private readonly arrivals = new Map<string, number>();
  private arrived = 0;
  private readonly handlers: InformerHandler[] = [];
  private resourceVersion = '';
  private watch?: WatchHandle;
  private running = false;
  private synced = false;
  private failures = 0;
  private lastList = 0;
  private loop?: Promise<void>;
  private readonly sleeper = new Sleeper();

  constructor(private readonly client: KubeClient, readonly opts: InformerOptions) {}

  get kind(): string {
    return this.opts.kind;
  }

  get hasSynced(): boolean {
    return this.synced;
  }

  on(handler: InformerHandler): void {
    this.handlers.push(handler);
  }

  get(namespace: string | undefined, name: string): KubeObject | undefined {
    return this.cache.get(objectKey(namespace, name));
  }

  list(): KubeObject[] {
    return [...this.cache.values()];
  }

  /** A point in this informer's stream of updates: take it before a write, pass it to `remember`. */
  mark(): number {
    return this.arrived;
  }

  /**
   * Puts what a write returned into the cache at once, so a reconcile right after sees it.
   * resourceVersions are opaque (never compared by size): when the watch delivered an update of
   * this object after `since` (taken before the write), the cache already holds the write's
   * result or something newer, and is left alone.
   */
  remember(obj: KubeObject, since?: number): void {
    const key = objectKey(obj.metadata.namespace, obj.metadata.name);
    if (since !== undefined && (this.arrivals.get(key) ?? 0) > since) return;
    if (this.cache.get(key)?.metadata.resourceVersion === obj.metadata.resourceVersion) return;
    this.cache.set(key, this.trim(obj));
  }

  /** Runs `write` and remembers what it returns (see `remember`). */
  async writeThrough<T extends KubeObject>(write: () => Promise<T>): Promise<T> {
    const since = this.mark();
    const written = await write();
    this.remember(written, since);
    return written;
  }

  /** A list/watch update of `key`. */
  private arrive(key: string, obj: KubeObject): void {
    this.cache.set(key, obj);
    this.arrivals.set(key, ++this.arrived);
  }

  /** Lists once (resolving when the cache is filled), then keeps watching in the background. */
  async start(): Promise<void> {
    this.running = true;
    try {
      await this.relist();
    } catch (err) {
      if (!this.opts.optional) throw err;
      this.opts.log.warn({ kind: this.kind, err: (err as Error).message }, 'optional kind not listable: starting empty, retrying in the background');
      this.lastList = 0;
      this.failures = 3;
    }
    this.synced = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.watch?.stop();
    this.sleeper.wake();
    await this.loop;
  }

  private trim(obj: KubeObject): KubeObject {
    const { managedFields: _m, ...metadata } = obj.metadata;
    const slim = { ...obj, metadata: metadata as KubeObject['metadata'] };
    return this.opts.transform ? this.opts.transform(slim) : slim;
  }

  private emit(event: InformerEvent, obj: KubeObject, old?: KubeObject): void {
    for (const handler of this.handlers) {
      try {
        handler(event, obj, old);
      } catch (err) {
        this.opts.log.error({ err, kind: this.kind }, 'informer handler failed');
      }
    }
  }

  /** Replaces the cache with a fresh list and emits the difference. */
  private async relist(): Promise<void> {
    const { items, resourceVersion } = await this.client.list(this.opts.apiVersion, this.opts.kind, { namespace: this.opts.namespace, labelSelector: this.opts.labelSelector });
    this.lastList = Date.now();
    const seen = new Set<string>();
    for (const item of items) {
      const key = objectKey(item.metadata.namespace, item.metadata.name);
      seen.add(key);
      const old = this.cache.get(key);
      if (old && old.metadata.resourceVersion === item.metadata.resourceVersion) continue;
      const slim = this.trim(item);
      this.arrive(key, slim);
      this.emit(old ? 'update' : 'add', slim, old);
    }
    for (const [key, old] of this.cache) {
      if (seen.has(key)) continue;
      this.cache.delete(key);
      this.arrivals.set(key, ++this.arrived);
      this.emit('delete', old);
    }
    this.resourceVersion = resourceVersion;
  }

  private onEvent(event: WatchEvent): { gone: boolean } {
    if (event.type === 'ERROR') {
      const status = event.object as unknown as { code?: number; message?: string };
      this.opts.log.info({ kind: this.kind, code: status.code, message: status.message }, 'watch error event');
      return { gone: true };
    }
    const rv = event.object.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    if (event.type === 'BOOKMARK') return { gone: false };
    const key = objectKey(event.object.metadata.namespace, event.object.metadata.name);
    if (event.type === 'DELETED') {
      const old = this.cache.get(key);
      this.cache.delete(key);
      this.arrivals.set(key, ++this.arrived);
      this.emit('delete', old ?? this.trim(event.object));
    } else {
      const old = this.cache.get(key);
      const slim = this.trim(event.object);
      this.arrive(key, slim);
      this.emit(old ? 'update' : 'add', slim, old);
    }
    return { gone: false };
  }

  private async run(): Promise<void> {
    const interval = this.opts.relistIntervalMs ?? 600_000;
    while (this.running) {
      try {
        if (Date.now() - this.lastList >= interval) await this.relist();
        let gone = false;
        const timeoutSeconds = this.watchTimeout(interval);
        this.watch = await this.client.watch(
          this.opts.apiVersion,
          this.opts.kind,
          { namespace: this.opts.namespace, labelSelector: this.opts.labelSelector, resourceVersion: this.resourceVersion, timeoutSeconds },
          (event) => {
            if (this.onEvent(event).gone) gone = true;
          },
        );
        // stop() while this watch was being opened stopped only the previous one: end this one too,
        // or stop() would wait for its server-side timeout (minutes).
        if (!this.running) {
          this.watch.stop();
          break;
        }
        // A watch the server forgets to end (a stall) is ended here.
        const guard = setTimeout(() => this.watch?.stop(), (timeoutSeconds + 30) * 1000);
        try {
          await this.watch.done;
        } finally {
          clearTimeout(guard);
        }
        this.failures = 0;
        if (gone && this.running) {
          this.opts.log.info({ kind: this.kind }, 'watch history expired (410): relisting');
          await this.relist();
        }
      } catch (err) {
        if (!this.running) break;
        if (isGone(err)) {
          this.opts.log.info({ kind: this.kind }, 'watch answered 410 Gone: relisting');
          this.lastList = 0;
          continue;
        }
        this.failures++;
        const delay = Math.min(30_000, 200 * 2 ** Math.min(this.failures, 8)) * (0.5 + Math.random());
        this.opts.log.warn({ kind: this.kind, err: err instanceof KubeApiError ? err.message : String(err), delayMs: Math.round(delay) }, 'watch failed: retrying');
        await this.sleeper.sleep(delay);
        this.lastList = 0;
      }
    }
  }

  /** Server-side timeout: shorter than the relist interval, with jitter so watches do not end together. */
  private watchTimeout(relistMs: number): number {
    const base = Math.min(this.opts.watchTimeoutSeconds ?? 300, Math.max(1, Math.floor(relistMs / 1000)));
    return Math.max(1, Math.round(base * (0.8 + Math.random() * 0.2)));
  }
}
