import { createHash } from 'node:crypto';
import type { KeyValue } from './redis/index.ts';

/** A serialized response body and its strong ETag. */
export interface CachedResponse {
  body: string;
  etag: string;
}

export interface ResponseCacheOptions {
  /** Names the cache in Redis keys and its invalidation channel. */
  name: string;
  /** How long an entry lives in Redis. @default 300_000 */
  ttlMs?: number;
  /** How long this process trusts its own copy; invalidation messages end it sooner. @default 5_000 */
  localTtlMs?: number;
  /** Entries kept in process per namespace. @default 1_000 */
  maxLocal?: number;
  /** Called in every process (this one included) when a namespace is invalidated: for per-process state derived from the same data. */
  onInvalidate?: (ns: string) => void;
}

interface Namespace {
  gen: string;
  at: number;
  entries: Map<string, { value: CachedResponse; at: number }>;
}

/**
 * A two-level response cache with explicit invalidation, for read-mostly JSON (the catalog):
 * a per-process map in front of Redis. Entries are grouped in namespaces (a tenant); invalidating
 * one bumps its generation in Redis, so every older entry is unreachable at once, and a pub/sub
 * message makes every process drop its own copies. Durable truth stays in Postgres.
 */
export class ResponseCache {
  private readonly ttlMs: number;
  private readonly localTtlMs: number;
  private readonly maxLocal: number;
  private local = new Map<string, Namespace>();
  private loading = new Map<string, Promise<CachedResponse | undefined>>();
  private subscribers = 0;
  private unsubscribe?: Promise<() => Promise<void>>;
  private stopGapListener?: () => void;
  /** Namespaces invalidated while Redis was down: their generation is bumped when it is back. */
  private pendingInvalidations = new Set<string>();

  constructor(
    private readonly kv: KeyValue,
    private readonly opts: ResponseCacheOptions,
  ) {
    this.ttlMs = opts.ttlMs ?? 300_000;
    this.localTtlMs = opts.localTtlMs ?? 5_000;
    this.maxLocal = opts.maxLocal ?? 1_000;
  }

  private get channel() {
    return `rc:${this.opts.name}:invalidate`;
  }

  /** Listens for other processes' invalidations; call once per user, stop with the returned function. */
  async start(): Promise<() => Promise<void>> {
    this.subscribers++;
    this.unsubscribe ??= this.kv.subscribe(this.channel, (ns) => this.drop(ns));
    // Messages missed while the subscription was down: drop every local copy, and replay the
    // invalidations this process could not write then.
    this.stopGapListener ??= this.kv.onMissedMessages(() => void this.recover());
    await this.unsubscribe;
    return async () => {
      if (--this.subscribers === 0 && this.unsubscribe) {
        const stop = await this.unsubscribe;
        this.unsubscribe = undefined;
        this.stopGapListener?.();
        this.stopGapListener = undefined;
        await stop();
      }
    };
  }

  /** This process's fresh copy of `key`, when it has one: what `get` answers at once (no promise, no Redis). */
  peek(ns: string, key: string): CachedResponse | undefined {
    const now = Date.now();
    const space = this.local.get(ns);
    if (!space || now - space.at > this.localTtlMs) return undefined;
    const hit = space.entries.get(key);
    return hit && now - hit.at <= this.localTtlMs ? hit.value : undefined;
  }

  /** The cached response for `key`, loading (and caching) it when missing; undefined loads are not cached. */
  async get(ns: string, key: string, load: () => Promise<unknown | undefined>): Promise<CachedResponse | undefined> {
    const now = Date.now();
    let space = this.local.get(ns);
    if (space && now - space.at > this.localTtlMs) space = undefined;
    const hit = space?.entries.get(key);
    if (hit && now - hit.at <= this.localTtlMs) return hit.value;

    const flight = `${ns}\u0000${key}`;
    const pending = this.loading.get(flight);
    if (pending) return pending;
    const p = this.fetch(ns, key, space, load).finally(() => this.loading.delete(flight));
    this.loading.set(flight, p);
    return p;
  }

  private async fetch(ns: string, key: string, known: Namespace | undefined, load: () => Promise<unknown | undefined>) {
    let space = known;
    if (space?.gen === OFFLINE && this.kv.available) space = undefined;
    if (!space) {
      // Redis down: the database answers, and this process keeps its copy for localTtlMs as usual.
      const gen = this.kv.available ? ((await quietly(this.kv.get(this.genKey(ns)), OFFLINE)) ?? '0') : OFFLINE;
      if (gen === OFFLINE) return this.keepLocally(ns, key, undefined, await load(), OFFLINE);
      let current = this.local.get(ns);
      if (!current || current.gen !== gen) {
        current = { gen, at: Date.now(), entries: new Map() };
        this.local.set(ns, current);
      } else current.at = Date.now();
      space = current;
    }
    if (space.gen === OFFLINE) return this.keepLocally(ns, key, space, await load(), OFFLINE);
    const redisKey = `rc:${this.opts.name}:${ns}:${space.gen}:${key}`;
    const stored = await quietly(this.kv.get(redisKey), null);
    if (stored) return this.keepLocally(ns, key, space, JSON.parse(stored) as CachedResponse);
    const loaded = await load();
    if (loaded === undefined) return undefined;
    const value = toCached(loaded);
    await quietly(this.kv.set(redisKey, JSON.stringify(value), this.ttlMs), undefined);
    return this.keepLocally(ns, key, space, value);
  }

  /**
   * Keeps a value in the namespace's local map, unless an invalidation replaced the namespace
   * meanwhile. `offline` loads (Redis down) start an OFFLINE namespace of their own.
   */
  private keepLocally(ns: string, key: string, known: Namespace | undefined, loaded: unknown, offline?: typeof OFFLINE): CachedResponse | undefined {
    if (loaded === undefined) return undefined;
    const value = offline ? toCached(loaded) : (loaded as CachedResponse);
    let space = known;
    if (!space && offline) {
      space = this.local.get(ns);
      if (!space || space.gen !== OFFLINE) this.local.set(ns, (space = { gen: OFFLINE, at: Date.now(), entries: new Map() }));
    }
    if (space && this.local.get(ns) === space) {
      if (space.entries.size >= this.maxLocal) space.entries.clear();
      space.entries.set(key, { value, at: Date.now() });
    }
    return value;
  }

  /**
   * Drops every entry of a namespace, in every process. Never fails for Redis: while it is down
   * the generation bump is remembered and written when it is back (recover), so entries cached
   * in Redis before the outage are not served after it.
   */
  async invalidate(ns: string): Promise<void> {
    this.drop(ns);
    try {
      await this.kv.incr(this.genKey(ns), 30 * 86_400_000);
    } catch {
      this.pendingInvalidations.add(ns);
      this.scheduleReplay();
    }
    this.drop(ns);
    await this.kv.publish(this.channel, ns);
  }

  /** After messages may have been missed: drops every local copy and replays what is pending. */
  async recover(): Promise<void> {
    for (const ns of [...this.local.keys()]) this.drop(ns);
    await this.replay();
  }

  /** Writes the generation bumps that failed; while Redis is still down, tries again every second. */
  private async replay(): Promise<void> {
    for (const ns of [...this.pendingInvalidations]) {
      try {
        await this.kv.incr(this.genKey(ns), 30 * 86_400_000);
      } catch {
        return this.scheduleReplay();
      }
      this.pendingInvalidations.delete(ns);
      this.drop(ns);
      await this.kv.publish(this.channel, ns);
    }
  }

  private replayTimer?: NodeJS.Timeout;
  private scheduleReplay(): void {
    this.replayTimer ??= setTimeout(() => {
      this.replayTimer = undefined;
      void this.replay();
    }, 1000).unref();
  }

  private drop(ns: string) {
    this.local.delete(ns);
    this.opts.onInvalidate?.(ns);
  }

  private genKey(ns: string) {
    return `rc:${this.opts.name}:gen:${ns}`;
  }
}

/** The generation of a namespace loaded while Redis was down. */
const OFFLINE = 'offline';

/** The value of `p`, or `fallback` when Redis failed (the caller goes on without it). */
async function quietly<T, F>(p: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await p;
  } catch {
    return fallback;
  }
}

/** Serializes once and derives a strong ETag from the bytes. */
function toCached(value: unknown): CachedResponse {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** True when an If-None-Match header names this ETag (or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
