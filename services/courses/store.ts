import type { Knex } from 'knex';
import type { Databases } from '../kit/db/databases.ts';
import { isShardedId } from '../kit/db/ids.ts';
import type { DraftRows, LessonContent, LessonType, Outline, PublishedOutline } from './outline.ts';

export interface CourseRow {
  id: string;
  tenant_id: string;
  slug: string;
  title: string;
  description: string;
  price_amount: number | null;
  price_currency: string | null;
  prerequisites: string[];
  created_by: string | null;
  managed_by: string | null;
  published_version: number | null;
  published_at: Date | null;
  catalog: CatalogEntry | null;
  created_at: Date;
  updated_at: Date;
}

export interface ModuleRow {
  id: string;
  tenant_id: string;
  course_id: string;
  position: number;
  title: string;
}

export interface LessonRow {
  id: string;
  tenant_id: string;
  course_id: string;
  module_id: string | null;
  position: number;
  title: string;
  type: LessonType;
  content: LessonContent;
  duration_seconds: number;
  removed_at: Date | null;
}

/** What the catalog lists for a published course (frozen at publish). */
export interface CatalogEntry {
  id: string;
  slug: string;
  title: string;
  description: string;
  price: { amount: number; currency: string } | null;
  lessonCount: number;
  durationSeconds: number;
  version: number;
  publishedAt: string;
}

type Db = Knex | Knex.Transaction;

/**
 * The content store, on the control database. Every query takes the tenant id: a course of
 * another academy reads as missing.
 */
export class CourseStore {
  constructor(private readonly dbs: Databases) {}

  private get db(): Knex {
    return this.dbs.control;
  }

  transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async byId(tenantId: string, id: string, db: Db = this.db, forUpdate = false): Promise<CourseRow | undefined> {
    if (!isShardedId(id)) return undefined;
    const q = db('courses').where({ tenant_id: tenantId, id }).first();
    if (forUpdate) q.forUpdate();
    return q;
  }

  async bySlug(tenantId: string, slug: string, db: Db = this.db, forUpdate = false): Promise<CourseRow | undefined> {
    const q = db('courses').where({ tenant_id: tenantId, slug }).first();
    if (forUpdate) q.forUpdate();
    return q;
  }

  async existingIds(tenantId: string, ids: string[], db: Db = this.db): Promise<{ id: string; prerequisites: string[] }[]> {
    if (!ids.length) return [];
    return db('courses').where({ tenant_id: tenantId }).whereIn('id', ids).select('id', 'prerequisites');
  }

  /** All courses' prerequisite edges of a tenant (for cycle checks; tenants have few courses). */
  async prerequisiteEdges(tenantId: string, db: Db = this.db): Promise<{ id: string; prerequisites: string[] }[]> {
    return db('courses').where({ tenant_id: tenantId }).whereRaw('cardinality(prerequisites) > 0').select('id', 'prerequisites');
  }

  async insertCourse(row: Omit<CourseRow, 'published_version' | 'published_at' | 'catalog' | 'created_at' | 'updated_at' | 'managed_by'> & { managed_by?: string | null }, db: Db = this.db): Promise<CourseRow> {
    const [created] = await db('courses').insert(row).returning('*');
    return created;
  }

  async updateCourse(tenantId: string, id: string, patch: Partial<CourseRow>, db: Db = this.db): Promise<CourseRow> {
    const [row] = await db('courses').where({ tenant_id: tenantId, id }).update({ ...patch, updated_at: db.fn.now() }).returning('*');
    return row;
  }

  /** Courses of an author (all, for admins), drafts included, newest first. */
  async listForAuthor(tenantId: string, createdBy: string | undefined, opts: { limit: number; before?: string }): Promise<CourseRow[]> {
    const q = this.db('courses').where({ tenant_id: tenantId }).orderBy('id', 'desc').limit(opts.limit);
    if (createdBy) q.andWhere({ created_by: createdBy });
    if (opts.before) q.andWhere('id', '<', opts.before);
    return q;
  }

  async modules(tenantId: string, courseId: string, db: Db = this.db): Promise<ModuleRow[]> {
    return db('course_modules').where({ tenant_id: tenantId, course_id: courseId }).orderBy('position');
  }

  async moduleById(tenantId: string, id: string, db: Db = this.db): Promise<ModuleRow | undefined> {
    if (!isShardedId(id)) return undefined;
    return db('course_modules').where({ tenant_id: tenantId, id }).first();
  }

  async insertModule(row: Omit<ModuleRow, 'position'>, db: Db): Promise<ModuleRow> {
    const [created] = await db('course_modules')
      .insert({ ...row, position: db.raw('(select coalesce(max(position), -1) + 1 from course_modules where course_id = ?)', [row.course_id]) })
      .returning('*');
    return created;
  }

  async updateModule(tenantId: string, id: string, patch: Partial<ModuleRow>, db: Db): Promise<void> {
    await db('course_modules').where({ tenant_id: tenantId, id }).update(patch);
  }

  async deleteModules(tenantId: string, ids: string[], db: Db): Promise<void> {
    if (ids.length) await db('course_modules').where({ tenant_id: tenantId }).whereIn('id', ids).delete();
  }

  /** The draft's lessons (removed ones excluded). */
  async lessons(tenantId: string, courseId: string, db: Db = this.db): Promise<LessonRow[]> {
    return db('lessons').where({ tenant_id: tenantId, course_id: courseId }).whereNull('removed_at').orderBy(['module_id', 'position']);
  }

  async insertLesson(row: Omit<LessonRow, 'position' | 'removed_at'>, db: Db): Promise<LessonRow> {
    const [created] = await db('lessons')
      .insert({
        ...row,
        content: JSON.stringify(row.content),
        position: db.raw('(select coalesce(max(position), -1) + 1 from lessons where module_id = ? and removed_at is null)', [row.module_id]),
      })
      .returning('*');
    return created;
  }

  async updateLesson(tenantId: string, id: string, patch: Partial<LessonRow>, db: Db): Promise<void> {
    const values = patch.content ? { ...patch, content: JSON.stringify(patch.content) } : patch;
    await db('lessons').where({ tenant_id: tenantId, id }).update(values);
  }

  async removeLessons(tenantId: string, ids: string[], db: Db): Promise<void> {
    if (ids.length) await db('lessons').where({ tenant_id: tenantId }).whereIn('id', ids).update({ removed_at: db.fn.now(), module_id: null });
  }

  /** A lesson of the draft (removed ones read as missing). */
  async draftLesson(tenantId: string, id: string, db: Db = this.db): Promise<LessonRow | undefined> {
    if (!isShardedId(id)) return undefined;
    return db('lessons').where({ tenant_id: tenantId, id }).whereNull('removed_at').first();
  }

  /** Moves modules and lessons in one statement each: `modules[i]` to position i, `lessons` to their module and position. */
  async placeStructure(
    tenantId: string,
    courseId: string,
    modules: string[],
    lessons: { id: string; moduleId: string; position: number }[],
    db: Db,
  ): Promise<void> {
    if (modules.length) {
      await db.raw(
        'update course_modules m set position = v.position from unnest(?::uuid[], ?::int[]) as v(id, position) where m.id = v.id and m.tenant_id = ? and m.course_id = ?',
        [modules, modules.map((_, i) => i), tenantId, courseId],
      );
    }
    if (lessons.length) {
      await db.raw(
        'update lessons l set module_id = v.module_id, position = v.position from unnest(?::uuid[], ?::uuid[], ?::int[]) as v(id, module_id, position) where l.id = v.id and l.tenant_id = ? and l.course_id = ?',
        [lessons.map((l) => l.id), lessons.map((l) => l.moduleId), lessons.map((l) => l.position), tenantId, courseId],
      );
    }
  }

  /** Closes the gaps a removal leaves: positions 0..n-1 in their current order. */
  async renumberModules(tenantId: string, courseId: string, db: Db): Promise<void> {
    await db.raw(
      'update course_modules m set position = r.n - 1 from (select id, row_number() over (order by position, id) as n from course_modules where tenant_id = ? and course_id = ?) r where m.id = r.id',
      [tenantId, courseId],
    );
  }

  async renumberLessons(tenantId: string, moduleId: string, db: Db): Promise<void> {
    await db.raw(
      'update lessons l set position = r.n - 1 from (select id, row_number() over (order by position, id) as n from lessons where tenant_id = ? and module_id = ? and removed_at is null) r where l.id = r.id',
      [tenantId, moduleId],
    );
  }

  /** Which course a lesson belongs to (removed lessons too: old progress still names it). */
  async courseOfLesson(tenantId: string, lessonId: string): Promise<string | undefined> {
    if (!isShardedId(lessonId)) return undefined;
    const row = await this.dbs.control('lessons').where({ tenant_id: tenantId, id: lessonId }).first('course_id');
    return row?.course_id;
  }

  async draftRows(tenantId: string, course: CourseRow, db: Db = this.db): Promise<DraftRows> {
    const [modules, lessons] = [await this.modules(tenantId, course.id, db), await this.lessons(tenantId, course.id, db)];
    return { course, modules, lessons };
  }

  async latestVersion(tenantId: string, courseId: string, db: Db = this.db): Promise<{ version: number; content_hash: string } | undefined> {
    return db('course_versions').where({ tenant_id: tenantId, course_id: courseId }).orderBy('version', 'desc').first('version', 'content_hash');
  }

  async insertVersion(row: { course_id: string; tenant_id: string; version: number; outline: Outline; content_hash: string; published_by: string | null; published_at: Date }, db: Db): Promise<void> {
    await db('course_versions').insert({ ...row, outline: JSON.stringify(row.outline) });
  }

  /** The version learners see (may lag a moment on a replica; callers cache it anyway). */
  async publishedOutline(tenantId: string, courseId: string, db: Db = this.dbs.control): Promise<PublishedOutline | undefined> {
    const row = await db('courses as c')
      .join('course_versions as v', function () {
        this.on('v.course_id', 'c.id').andOn('v.version', 'c.published_version');
      })
      .where({ 'c.tenant_id': tenantId, 'c.id': courseId })
      .first('v.outline', 'v.version', 'v.published_at', 'c.slug');
    if (!row) return undefined;
    return { ...row.outline, slug: row.slug, version: row.version, publishedAt: new Date(row.published_at).toISOString() };
  }

  async publishedIdBySlug(tenantId: string, slug: string): Promise<string | undefined> {
    const row = await this.dbs.control('courses').where({ tenant_id: tenantId, slug }).whereNotNull('published_version').first('id');
    return row?.id;
  }

  /**
   * Marks a new published version: catalog summary and search vector (title weighs most, then
   * description, then lesson titles).
   */
  async setPublished(
    tenantId: string,
    id: string,
    p: { version: number; publishedAt: Date; catalog: CatalogEntry; title: string; description: string; lessonTitles: string },
    db: Db,
  ): Promise<void> {
    await db('courses')
      .where({ tenant_id: tenantId, id })
      .update({
        published_version: p.version,
        published_at: p.publishedAt,
        catalog: JSON.stringify(p.catalog),
        search_vector: db.raw(
          "setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B') || setweight(to_tsvector('english', ?), 'C')",
          [p.title, p.description, p.lessonTitles],
        ),
      });
  }

  /**
   * The catalog: published courses, ranked by full-text relevance when `q` is given, else
   * newest first.
   */
  async searchCatalog(tenantId: string, opts: { q?: string; offset: number; limit: number }): Promise<CatalogEntry[]> {
    // The primary: what is read here is cached until the next publish, so it must not lag.
    const db = this.dbs.control;
    const q = db('courses').where({ tenant_id: tenantId }).whereNotNull('published_version').select('catalog', 'slug').offset(opts.offset).limit(opts.limit);
    if (opts.q) {
      q.whereRaw("search_vector @@ websearch_to_tsquery('english', ?)", [opts.q])
        .orderByRaw("ts_rank_cd(search_vector, websearch_to_tsquery('english', ?)) desc", [opts.q])
        .orderBy('id');
    } else {
      q.orderBy('published_at', 'desc').orderBy('id');
    }
    const rows: { catalog: CatalogEntry; slug: string }[] = await q;
    return rows.map((r) => ({ ...r.catalog, slug: r.slug }));
  }
}
