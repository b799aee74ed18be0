/**
 * Watches: newline-delimited JSON events over a chunked response, replayed from a bounded event
 * history after `resourceVersion` (older than the history -> an ERROR event with a 410 `Expired`
 * Status, then the stream ends), optional BOOKMARK events, `timeoutSeconds`, and test hooks to cut
 * every watch, force 410s and compact the history.
 */
import type { ServerResponse } from 'node:http';
import { gone } from './errors.ts';
import type { Matcher } from './selectors.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import { apiVersionOf, resourceKey, type KubeObject, type ResourceType } from './types.ts';

export interface WatchRequest {
  rt: ResourceType;
  version: string;
  /** Undefined watches all namespaces. */
  namespace?: string;
  matches: Matcher;
  resourceVersion?: string;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
  timeoutSeconds?: number;
  /** Turns a stored object into what goes on the wire (version, Table, ...). */
  encode: (obj: KubeObject) => unknown;
  /**
   * Names what `encode` depends on besides the object (e.g. `json/v1`, `Table/v1`): watches with
   * the same encoding share one serialisation of each event.
   */
  encoding: string;
}

interface Watcher {
  req: WatchRequest;
  /** `resourceKey(req.rt)`, compared with every store event. */
  resource: string;
  res: ServerResponse;
  timer?: NodeJS.Timeout;
  /** Writes are corked until the end of the tick, so a burst of events leaves in one write. */
  corked?: boolean;
}

export interface WatchHubOptions {
  /** How many events are kept for resuming watches. @default 10000 */
  historySize?: number;
  /** Period of BOOKMARK events for watches that allow them; 0 disables the timer. @default 1000 */
  bookmarkIntervalMs?: number;
}

export class WatchHub {
  private readonly history: StoreEvent[] = [];
  /** Events with rv <= compactedRv are no longer replayable. */
  private compactedRv = 0;
  /** Pending injected 410s, each for one resource (plural) or any (undefined). */
  private goneInjections: (string | undefined)[] = [];
  private readonly watchers = new Set<Watcher>();
  private readonly bookmarkTimer?: NodeJS.Timeout;
  private readonly historySize: number;
  /** Serialised event lines per stored object, by `type|encoding`: one JSON.stringify for every watcher. */
  private readonly lines = new WeakMap<KubeObject, Map<string, string>>();

  constructor(private readonly store: ObjectStore, opts: WatchHubOptions = {}) {
    this.historySize = opts.historySize ?? 10_000;
    store.subscribe((event) => this.onEvent(event));
    const interval = opts.bookmarkIntervalMs ?? 1000;
    if (interval > 0) {
      this.bookmarkTimer = setInterval(() => this.sendBookmarks(), interval);
      this.bookmarkTimer.unref();
    }
  }

  get activeCount(): number {
    return this.watchers.size;
  }

  /** Makes the next `count` watches (of `resource`, a plural, if given) that resume from a resourceVersion answer 410 Gone. */
  injectGone(count = 1, resource?: string): void {
    for (let i = 0; i < count; i++) this.goneInjections.push(resource);
  }

  /** Forgets the event history: every resourceVersion before now becomes too old (410). */
  compact(): void {
    this.compactedRv = this.store.resourceVersion();
    this.history.length = 0;
  }

  /** Consumes one injected 410 for `resource`, if any (lists carrying a resourceVersion use this too). */
  takeInjectedGone(resource: string): boolean {
    const index = this.goneInjections.findIndex((r) => r === undefined || r === resource);
    if (index < 0) return false;
    this.goneInjections.splice(index, 1);
    return true;
  }

  isTooOld(resourceVersion: number): boolean {
    return resourceVersion < this.compactedRv;
  }

  /** Ends every open watch: cleanly (clients resume from their last resourceVersion) or by destroying the socket. */
  cutAll(abrupt = false): void {
    for (const w of [...this.watchers]) {
      if (abrupt) w.res.destroy();
      else this.end(w);
    }
  }

  sendBookmarks(): void {
    const rv = String(this.store.resourceVersion());
    for (const w of this.watchers) {
      if (w.req.allowBookmarks) this.write(w, 'BOOKMARK', this.bookmark(w.req, rv));
    }
  }

  close(): void {
    if (this.bookmarkTimer) clearInterval(this.bookmarkTimer);
    this.cutAll(true);
  }

  /** Serves one watch request on `res` until the client leaves, the timeout passes or a hook cuts it. */
  start(req: WatchRequest, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
    res.flushHeaders();
    const w: Watcher = { req, res, resource: resourceKey(req.rt) };
    const rv = req.resourceVersion && req.resourceVersion !== '0' ? Number(req.resourceVersion) : undefined;
    if (rv !== undefined && (this.takeInjectedGone(req.rt.plural) || this.isTooOld(rv) || Number.isNaN(rv))) {
      const status = gone(`too old resource version: ${req.resourceVersion} (${this.compactedRv})`).status;
      this.write(w, 'ERROR', status);
      res.end();
      return;
    }
    this.watchers.add(w);
    res.on('close', () => this.drop(w));
    if (req.timeoutSeconds !== undefined && req.timeoutSeconds > 0) {
      w.timer = setTimeout(() => this.end(w), req.timeoutSeconds * 1000);
    }
    if (rv === undefined) {
      const initial = this.store.list(req.rt, req.namespace).filter(req.matches);
      initial.forEach((obj) => this.writeObject(w, 'ADDED', obj));
      if (req.sendInitialEvents && req.allowBookmarks) {
        const bookmark = this.bookmark(req, String(this.store.resourceVersion()));
        bookmark.metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
        this.write(w, 'BOOKMARK', bookmark);
      }
    } else {
      for (const event of this.history) if (event.rv > rv) this.deliver(w, event);
    }
  }

  private bookmark(req: WatchRequest, rv: string): { kind: string; apiVersion: string; metadata: { resourceVersion: string; annotations?: Record<string, string> } } {
    return { kind: req.rt.kind, apiVersion: apiVersionOf(req.rt.group, req.version), metadata: { resourceVersion: rv } };
  }

  private onEvent(event: StoreEvent): void {
    this.history.push(event);
    if (this.history.length > this.historySize) this.compactedRv = this.history.shift()?.rv ?? this.compactedRv;
    for (const w of this.watchers) this.deliver(w, event);
    if (event.type === 'DELETED' && event.resource === 'apiextensions.k8s.io/customresourcedefinitions') this.endWatchesOfCrd(event.object);
  }

  /** Delivers an event if it concerns the watcher, turning selector transitions into ADDED/DELETED. */
  private deliver(w: Watcher, event: StoreEvent): void {
    const { req } = w;
    if (event.resource !== w.resource) return;
    const inScope = (obj: KubeObject | undefined) => obj !== undefined && (req.namespace === undefined || obj.metadata.namespace === req.namespace) && req.matches(obj);
    const now = event.type !== 'DELETED' && inScope(event.object);
    const before = event.type === 'DELETED' ? inScope(event.previous ?? event.object) : event.type === 'MODIFIED' && inScope(event.previous);
    if (event.type === 'DELETED') {
      if (before) this.writeObject(w, 'DELETED', event.object);
    } else if (now && before) this.writeObject(w, 'MODIFIED', event.object);
    else if (now) this.writeObject(w, 'ADDED', event.object);
    else if (before) this.writeObject(w, 'DELETED', event.object);
  }

  /** Writes an event about a stored object, serialised once per type and encoding. */
  private writeObject(w: Watcher, type: string, obj: KubeObject): void {
    if (w.res.writableEnded) return;
    let byEncoding = this.lines.get(obj);
    if (!byEncoding) this.lines.set(obj, (byEncoding = new Map()));
    const key = `${type}|${w.req.encoding}`;
    let line = byEncoding.get(key);
    if (line === undefined) byEncoding.set(key, (line = `${JSON.stringify({ type, object: w.req.encode(obj) })}\n`));
    this.send(w, line);
  }

  private endWatchesOfCrd(crd: KubeObject): void {
    const spec = crd.spec as { group?: string; names?: { plural?: string } } | undefined;
    for (const w of [...this.watchers]) {
      if (w.req.rt.group === spec?.group && w.req.rt.plural === spec?.names?.plural) this.end(w);
    }
  }

  private write(w: Watcher, type: string, object: unknown): void {
    if (!w.res.writableEnded) this.send(w, `${JSON.stringify({ type, object })}\n`);
  }

  private send(w: Watcher, line: string): void {
    if (!w.corked) {
      w.corked = true;
      w.res.cork();
      process.nextTick(() => {
        w.corked = false;
        w.res.uncork();
      });
    }
    w.res.write(line);
  }

  private end(w: Watcher): void {
    this.drop(w);
    if (!w.res.writableEnded) w.res.end();
  }

  private drop(w: Watcher): void {
    if (w.timer) clearTimeout(w.timer);
    this.watchers.delete(w);
  }
}
