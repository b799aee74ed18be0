import type { Knex } from 'knex';
import type { Databases } from '../../kit/db/databases.ts';
import { dayBounds } from './days.ts';

/** One course's numbers for one day, as stored in analytics_course_days. */
export interface CourseDay {
  tenant_id: string;
  course_id: string;
  enrollments: number;
  active_learners: number;
  completions: number;
  quiz_attempts: number;
  quiz_passed: number;
  revenue: Record<string, number>;
  enrolled_total: number;
  completed_total: number;
  progress_sum: number;
}

export interface RollUpProps {
  day: string;
  /** One academy; default every academy. */
  tenantId?: string;
}

/** That day's activity per course in one cluster's shards. */
const DAY_ACTIVITY = `
select tenant_id, course_id,
       count(*) filter (where type = 'course.enrolled')::int as enrollments,
       count(distinct user_id)::int as active_learners,
       count(*) filter (where type = 'certificate.issued')::int as completions,
       count(*) filter (where type = 'quiz.attempted')::int as quiz_attempts,
       count(*) filter (where type = 'quiz.attempted' and passed)::int as quiz_passed,
       coalesce(jsonb_object_agg(currency, amount) filter (where currency is not null), '{}') as revenue_rows
  from (select tenant_id, course_id, user_id, type, passed, currency,
               sum(amount) over (partition by tenant_id, course_id, currency)::bigint as amount
          from analytics_events
         where occurred_at >= ? and occurred_at < ? and shard = any(?::int[]) /*tenant*/) e
 group by tenant_id, course_id`;

/**
 * Per enrolled learner, up to the end of the day: enrolled, certified, share of lessons completed;
 * summed per course. Learners live in one shard each, so sums over clusters are exact.
 */
const TO_DATE = `
select tenant_id, course_id,
       count(*)::int as enrolled_total,
       count(*) filter (where certified)::int as completed_total,
       coalesce(sum(case when certified then 1 else progress end), 0)::float8 as progress_sum
  from (select tenant_id, course_id, user_id,
               bool_or(type = 'course.enrolled') as enrolled,
               bool_or(type = 'certificate.issued') as certified,
               least(1.0, coalesce(count(distinct lesson_id) filter (where type = 'lesson.completed')::float8 / nullif(max(lesson_count), 0), 0)) as progress
          from analytics_events
         where occurred_at < ? and shard = any(?::int[]) and type in ('course.enrolled', 'certificate.issued', 'lesson.completed') /*tenant*/
         group by tenant_id, course_id, user_id) l
 where enrolled
 group by tenant_id, course_id`;

const withTenant = (sql: string, tenantId?: string) => sql.replace('/*tenant*/', tenantId ? 'and tenant_id = ?' : '');

/**
 * One physical cluster's part of a day: its rows of the logical shards it owns now (so rows a
 * shard move has copied but not yet cleaned up are counted once), aggregated in the database —
 * what comes back is one row per course, whatever the number of events.
 */
async function clusterPart(db: Knex, shards: number[], props: RollUpProps) {
  const [start, end] = dayBounds(props.day);
  const t = props.tenantId ? [props.tenantId] : [];
  const [activity, toDate] = await Promise.all([
    db.raw(withTenant(DAY_ACTIVITY, props.tenantId), [start, end, shards, ...t]),
    db.raw(withTenant(TO_DATE, props.tenantId), [end, shards, ...t]),
  ]);
  return { activity: activity.rows as (Omit<CourseDay, 'revenue' | 'enrolled_total' | 'completed_total' | 'progress_sum'> & { revenue_rows: Record<string, number | string> })[], toDate: toDate.rows as Pick<CourseDay, 'tenant_id' | 'course_id' | 'enrolled_total' | 'completed_total' | 'progress_sum'>[] };
}

const empty = (tenant_id: string, course_id: string): CourseDay => ({
  tenant_id, course_id, enrollments: 0, active_learners: 0, completions: 0, quiz_attempts: 0, quiz_passed: 0, revenue: {}, enrolled_total: 0, completed_total: 0, progress_sum: 0,
});

/**
 * Computes a day for every course: fans out over every physical cluster in parallel, then merges.
 * Any cluster failing fails the whole computation (nothing is published from part of the shards).
 */
export async function computeDay(dbs: Databases, props: RollUpProps): Promise<CourseDay[]> {
  const parts = await Promise.all(dbs.clusters().map((c) => clusterPart(c.replica, ownedShards(dbs, c.primary), props)));
  const merged = new Map<string, CourseDay>();
  const at = (tenant: string, course: string) => {
    const key = `${tenant}/${course}`;
    let row = merged.get(key);
    if (!row) merged.set(key, (row = empty(tenant, course)));
    return row;
  };
  for (const part of parts) {
    for (const a of part.activity) {
      const row = at(a.tenant_id, a.course_id);
      row.enrollments += a.enrollments;
      row.active_learners += a.active_learners;
      row.completions += a.completions;
      row.quiz_attempts += a.quiz_attempts;
      row.quiz_passed += a.quiz_passed;
      for (const [cur, amount] of Object.entries(a.revenue_rows)) row.revenue[cur] = (row.revenue[cur] ?? 0) + Number(amount);
    }
    for (const c of part.toDate) {
      const row = at(c.tenant_id, c.course_id);
      row.enrolled_total += c.enrolled_total;
      row.completed_total += c.completed_total;
      row.progress_sum += c.progress_sum;
    }
  }
  return [...merged.values()];
}

/** Every logical shard owned by the clusters sharing this primary (a map may name one database twice). */
function ownedShards(dbs: Databases, primary: Knex): number[] {
  const out: number[] = [];
  for (let s = 0; s < dbs.shardMap.logicalShards; s++) if (dbs.cluster(s).primary === primary) out.push(s);
  return out;
}

/**
 * Publishes a computed day: the day's rows (of the academy, or of all) are replaced in one
 * transaction, so a re-run replaces and never adds, and a reader sees the old day or the new one.
 * Runs of the same day are serialized by an advisory lock.
 */
export async function publishDay(control: Knex, props: RollUpProps, rows: CourseDay[], computedAt = new Date()): Promise<void> {
  await control.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`analytics_course_days:${props.day}`]);
    const q = trx('analytics_course_days').where({ day: props.day });
    if (props.tenantId) q.where({ tenant_id: props.tenantId });
    await q.del();
    const out = rows.map((r) => ({ ...r, day: props.day, revenue: JSON.stringify(r.revenue), computed_at: computedAt }));
    for (let i = 0; i < out.length; i += 1000) await trx('analytics_course_days').insert(out.slice(i, i + 1000));
  });
}

/** Computes and publishes one day (the roll-up job). */
export async function rollUpDay(dbs: Databases, props: RollUpProps): Promise<{ courses: number }> {
  const rows = await computeDay(dbs, props);
  await publishDay(dbs.control, props, rows);
  return { courses: rows.length };
}
