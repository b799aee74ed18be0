import { LRUCache } from 'lru-cache';
import type { ServiceContext } from '../kit/context.ts';
import { BadRequest } from '../kit/errors.ts';
import { ResponseCache, type CachedResponse } from '../kit/response-cache.ts';
import { findLesson, type OutlineLesson, type PublishedOutline } from './outline.ts';
import { presentPublicOutline } from './presenters.ts';
import { CourseStore } from './store.ts';

const MAX_ENTRIES = 20_000;

/**
 * Read side of the published content, shared by the courses and progress services of a process:
 * catalog responses (Redis + per-process, with ETags), published outlines (per process) and the
 * lesson -> course index (lessons never change course, so that one never goes stale).
 * `invalidate(tenant)` after a publish drops all of it, here and, by pub/sub, in every process.
 */
export class Catalog {
  readonly store: CourseStore;
  readonly responses: ResponseCache;
  private readonly outlines: LRUCache<string, { tenantId: string; outline: PublishedOutline }>;
  private loadingOutlines = new Map<string, Promise<PublishedOutline | undefined>>();
  /** Lessons never change course, so this index never goes stale: only its size is bounded. */
  private readonly lessonCourse = new LRUCache<string, string>({ max: MAX_ENTRIES });

  constructor(ctx: ServiceContext) {
    this.outlines = new LRUCache({ max: MAX_ENTRIES, ttl: (ctx.config.CACHE_TTL_SECONDS ?? 30) * 1000 });
    this.store = new CourseStore(ctx.dbs);
    // The response cache's invalidation (here and, by its pub/sub, in every process) drops the outlines too.
    this.responses = new ResponseCache(ctx.kv, { name: 'catalog', onInvalidate: (tenantId) => this.dropOutlines(tenantId) });
  }

  /** Listens for other processes' invalidations; call once per user, stop with the returned function. */
  start(): Promise<() => Promise<void>> {
    return this.responses.start();
  }

  /** After a publish (or a slug change): every cached view of the tenant's catalog is dropped. */
  async invalidate(tenantId: string): Promise<void> {
    await this.responses.invalidate(tenantId);
  }

  /** The version learners see, answer key included (server-side use only). */
  async outline(tenantId: string, courseId: string): Promise<PublishedOutline | undefined> {
    const hit = this.outlines.get(courseId);
    if (hit && hit.tenantId === tenantId) return hit.outline;
    // Heartbeats arriving together when the entry expires share one load.
    const key = `${tenantId}/${courseId}`;
    let pending = this.loadingOutlines.get(key);
    if (!pending) {
      // Ends this load; true unless an invalidation dropped it meanwhile (it may have read the old
      // version, so its result is returned to its callers but not cached).
      const finish = () => this.loadingOutlines.get(key) === load && this.loadingOutlines.delete(key);
      const load: Promise<PublishedOutline | undefined> = this.store.publishedOutline(tenantId, courseId).then(
        (outline) => {
          if (finish() && outline) {
            this.outlines.set(courseId, { tenantId, outline });
          }
          return outline;
        },
        (err) => {
          finish();
          throw err;
        },
      );
      this.loadingOutlines.set(key, (pending = load));
    }
    return pending;
  }

  /** A lesson of the published version and its course, or undefined (unknown, other tenant, not published). */
  async publishedLesson(tenantId: string, lessonId: string): Promise<{ outline: PublishedOutline; lesson: OutlineLesson } | undefined> {
    let courseId = this.lessonCourse.get(lessonId);
    if (!courseId) {
      courseId = await this.store.courseOfLesson(tenantId, lessonId);
      if (!courseId) return undefined;
      this.lessonCourse.set(lessonId, courseId);
    }
    const outline = await this.outline(tenantId, courseId);
    const lesson = outline && findLesson(outline, lessonId);
    return outline && lesson ? { outline, lesson } : undefined;
  }

  /** `GET /courses/:slug` body, cached until the next publish. */
  async outlineResponse(tenantId: string, ref: string): Promise<CachedResponse | undefined> {
    return this.responses.get(tenantId, `outline:${ref}`, async () => {
      const id = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(ref) ? ref : await this.store.publishedIdBySlug(tenantId, ref);
      if (!id) return undefined;
      const outline = await this.store.publishedOutline(tenantId, id);
      return outline && presentPublicOutline(outline);
    });
  }

  /** The page when this process holds it fresh (the hot path answers without a promise), else undefined. */
  cachedCatalogResponse(tenantId: string, query: { q?: string; cursor?: string; limit: number }): CachedResponse | undefined {
    return this.responses.peek(tenantId, catalogKey(query.limit, query.cursor ? decodeCursor(query.cursor) : 0, query.q));
  }

  /** `GET /courses` body: a page of the catalog, searched and ranked when q is given. */
  async catalogResponse(tenantId: string, query: { q?: string; cursor?: string; limit: number }): Promise<CachedResponse> {
    const q = query.q || undefined;
    const offset = query.cursor ? decodeCursor(query.cursor) : 0;
    const key = catalogKey(query.limit, offset, q);
    return (await this.responses.get(tenantId, key, async () => {
      // One extra row tells whether there is a next page.
      const rows = await this.store.searchCatalog(tenantId, { q, offset, limit: query.limit + 1 });
      const items = rows.slice(0, query.limit);
      return { items, nextCursor: rows.length > query.limit ? encodeCursor(offset + query.limit) : null };
    }))!;
  }

  private dropOutlines(tenantId: string) {
    for (const [id, e] of [...this.outlines.entries()]) if (e.tenantId === tenantId) this.outlines.delete(id);
    for (const key of this.loadingOutlines.keys()) if (key.startsWith(`${tenantId}/`)) this.loadingOutlines.delete(key);
  }
}

/** One page's cache key: what `peek` and `get` must agree on. */
const catalogKey = (limit: number, offset: number, q: string | undefined) => `list:${limit}:${offset}:${q || ''}`;

/** Cursors are opaque to clients (so the scheme may change); today an offset into the ranking. */
function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw BadRequest('cursor: must be a cursor from a previous page', 'invalid_cursor');
  return Number(m[1]);
}

/** The one Catalog of a process (both services use it, so one publish invalidates both). */
export function catalogFor(ctx: ServiceContext): Catalog {
  return ctx.instances.of(() => new Catalog(ctx), catalogFor);
}
