import type { Knex } from 'knex';
import type { Databases } from '../kit/db/databases.ts';
import { isShardedId } from '../kit/db/ids.ts';

export interface EnrollmentRow {
  id: string;
  tenant_id: string;
  user_id: string;
  course_id: string;
  enrolled_by: string;
  created_at: Date;
  completed_at: Date | null;
}

export interface LessonProgressRow {
  user_id: string;
  lesson_id: string;
  tenant_id: string;
  course_id: string;
  position_seconds: number;
  client_ts: number;
  completed_at: Date | null;
  updated_at: Date;
}

export interface CertificateRow {
  id: string;
  tenant_id: string;
  user_id: string;
  course_id: string;
  code: string;
  learner_name: string;
  course_title: string;
  tenant_slug: string;
  issued_at: Date;
  kid: string;
  signature: string;
}

type Db = Knex | Knex.Transaction;

/**
 * The learner-owned rows, in the learner's shard. A learner's own reads go to the primary
 * (read-your-writes across devices); cross-learner views fan out over every cluster's replica.
 * Every query filters on the tenant.
 */
export class ProgressStore {
  constructor(readonly dbs: Databases) {}

  /** The primary of a learner's shard. */
  db(userId: string): Knex {
    return this.dbs.primaryFor(userId);
  }

  /** Inserts the enrollment unless it exists; either way returns the one row. */
  /** Enrolls once; `onCreated` runs in the same transaction when the row is new (the outbox event). */
  async enroll(
    row: Omit<EnrollmentRow, 'created_at' | 'completed_at'>,
    onCreated?: (trx: Knex.Transaction, enrollment: EnrollmentRow) => Promise<unknown>,
  ): Promise<{ enrollment: EnrollmentRow; created: boolean }> {
    return this.db(row.user_id).transaction(async (trx) => {
      const [created] = await trx('enrollments').insert(row).onConflict(['tenant_id', 'user_id', 'course_id']).ignore().returning('*');
      if (created) {
        await onCreated?.(trx, created);
        return { enrollment: created, created: true };
      }
      return { enrollment: (await this.enrollment(row.tenant_id, row.user_id, row.course_id, trx))!, created: false };
    });
  }

  async unenroll(tenantId: string, userId: string, courseId: string): Promise<number> {
    return this.db(userId)('enrollments').where({ tenant_id: tenantId, user_id: userId, course_id: courseId }).del();
  }

  async enrollment(tenantId: string, userId: string, courseId: string, db: Db = this.db(userId), forUpdate = false): Promise<EnrollmentRow | undefined> {
    const q = db('enrollments').where({ tenant_id: tenantId, user_id: userId, course_id: courseId }).first();
    if (forUpdate) q.forUpdate();
    return q;
  }

  /** Whether the learner is enrolled in any of these courses: one query in the learner's shard. */
  async enrolledInAny(tenantId: string, userId: string, courseIds: string[]): Promise<boolean> {
    if (!courseIds.length) return false;
    const row = await this.db(userId)('enrollments').where({ tenant_id: tenantId, user_id: userId }).whereIn('course_id', courseIds).first('id');
    return row !== undefined;
  }

  /** Of these courses, the ones the learner has completed. */
  async completedCourseIds(tenantId: string, userId: string, courseIds: string[]): Promise<Set<string>> {
    if (!courseIds.length) return new Set();
    const rows = await this.db(userId)('enrollments').where({ tenant_id: tenantId, user_id: userId }).whereIn('course_id', courseIds).whereNotNull('completed_at').select('course_id');
    return new Set(rows.map((r: { course_id: string }) => r.course_id));
  }

  /** A learner's enrollments, newest first, each with the ids of the lessons completed in it. */
  async enrollmentsWithProgress(tenantId: string, userId: string): Promise<(EnrollmentRow & { completed_lessons: string[] })[]> {
    const { rows } = await this.db(userId).raw(
      `select e.*, coalesce(array_agg(p.lesson_id) filter (where p.completed_at is not null), '{}') as completed_lessons
         from enrollments e
         left join lesson_progress p on p.tenant_id = e.tenant_id and p.user_id = e.user_id and p.course_id = e.course_id
        where e.tenant_id = ? and e.user_id = ?
        group by e.id
        order by e.id desc`,
      [tenantId, userId],
    );
    return rows;
  }

  async lessonProgress(tenantId: string, userId: string, courseId: string, db: Db = this.db(userId)): Promise<LessonProgressRow[]> {
    return db('lesson_progress').where({ tenant_id: tenantId, user_id: userId, course_id: courseId });
  }

  async attemptCount(tenantId: string, userId: string, lessonId: string, db: Db): Promise<number> {
    const row = await db('quiz_attempts').where({ tenant_id: tenantId, user_id: userId, lesson_id: lessonId }).count<{ n: number }[]>({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  /** Marks a lesson completed (monotonic); true when this call is the one that completed it. */
  async markLessonCompleted(row: { tenant_id: string; user_id: string; lesson_id: string; course_id: string; client_ts: number }, db: Db): Promise<boolean> {
    const { rows } = await db.raw(
      `insert into lesson_progress as p (tenant_id, user_id, lesson_id, course_id, position_seconds, client_ts, completed_at, updated_at)
       values (?, ?, ?, ?, 0, ?, now(), now())
       on conflict (user_id, lesson_id) do update set completed_at = coalesce(p.completed_at, now()), updated_at = now()
       returning (completed_at = now()) as just_completed`,
      [row.tenant_id, row.user_id, row.lesson_id, row.course_id, row.client_ts],
    );
    return rows[0]?.just_completed === true;
  }

  async certificatesOf(tenantId: string, userId: string): Promise<CertificateRow[]> {
    return this.db(userId)('certificates').where({ tenant_id: tenantId, user_id: userId }).orderBy('issued_at', 'desc');
  }

  /** Public verification: the code names its shard; a lagging replica is fine for a certificate. */
  async certificateByCode(tenantId: string, code: string): Promise<CertificateRow | undefined> {
    if (!isShardedId(code)) return undefined;
    let row = await this.dbs.replicaFor(code)('certificates').where({ tenant_id: tenantId, code }).first();
    // Just issued and not yet on the replica: ask the primary before saying it does not exist.
    if (!row && this.dbs.replicaFor(code) !== this.dbs.primaryFor(code)) row = await this.dbs.primaryFor(code)('certificates').where({ tenant_id: tenantId, code }).first();
    return row;
  }

  /**
   * Learners of a course across every cluster (replicas), in enrollment order after `after`:
   * each cluster returns its first `limit` (joined with the learner's name and completed-lesson
   * count, which live in the same shard), then the merge keeps the first `limit`.
   */
  async learnersOfCourse(tenantId: string, courseId: string, opts: { limit: number; after?: string }) {
    const perCluster = await Promise.all(
      this.dbs.clusters().map(async (c) => {
        const { rows } = await c.replica.raw(
          `select e.id, e.user_id, e.created_at, e.completed_at, u.name, u.email,
                  (select count(*) from lesson_progress p
                    where p.tenant_id = e.tenant_id and p.user_id = e.user_id and p.course_id = e.course_id and p.completed_at is not null) as completed_lessons
             from enrollments e
             join users u on u.id = e.user_id and u.tenant_id = e.tenant_id
            where e.tenant_id = ? and e.course_id = ? ${opts.after ? 'and e.id > ?' : ''}
            order by e.id
            limit ?`,
          [tenantId, courseId, ...(opts.after ? [opts.after] : []), opts.limit],
        );
        return rows as { id: string; user_id: string; created_at: Date; completed_at: Date | null; name: string; email: string; completed_lessons: number }[];
      }),
    );
    return perCluster
      .flat()
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, opts.limit);
  }

  /** Enrolled / completed counts and per-lesson completions, summed over every cluster (replicas). */
  async courseStats(tenantId: string, courseId: string) {
    const perCluster = await Promise.all(
      this.dbs.clusters().map(async (c) => {
        const totals = await c.replica('enrollments').where({ tenant_id: tenantId, course_id: courseId }).first(c.replica.raw('count(*)::int as enrolled'), c.replica.raw('count(completed_at)::int as completed'));
        const lessons = await c.replica('lesson_progress')
          .where({ tenant_id: tenantId, course_id: courseId })
          .whereNotNull('completed_at')
          .groupBy('lesson_id')
          .select('lesson_id', c.replica.raw('count(*)::int as completed'));
        return { cluster: c.name, enrolled: totals?.enrolled ?? 0, completed: totals?.completed ?? 0, lessons: lessons as { lesson_id: string; completed: number }[] };
      }),
    );
    const lessons = new Map<string, number>();
    for (const c of perCluster) for (const l of c.lessons) lessons.set(l.lesson_id, (lessons.get(l.lesson_id) ?? 0) + l.completed);
    return {
      enrolled: perCluster.reduce((s, c) => s + c.enrolled, 0),
      completed: perCluster.reduce((s, c) => s + c.completed, 0),
      lessons,
      clusters: perCluster.map((c) => ({ name: c.cluster, enrolled: c.enrolled, completed: c.completed })),
    };
  }
}
