import type { Knex } from 'knex';

export interface CourseDayRow {
  tenant_id: string;
  course_id: string;
  day: string;
  enrollments: number;
  active_learners: number;
  completions: number;
  quiz_attempts: number;
  quiz_passed: number;
  revenue: Record<string, number | string>;
  enrolled_total: number;
  completed_total: number;
  progress_sum: number;
  computed_at: Date;
}

/** Reads of the published roll-ups (control database, replicas allowed); every query takes the tenant. */
export class RollUpStore {
  constructor(private readonly db: Knex) {}

  private columns() {
    const plain = ['tenant_id', 'course_id', 'enrollments', 'active_learners', 'completions', 'quiz_attempts', 'quiz_passed', 'revenue', 'enrolled_total', 'completed_total', 'progress_sum', 'computed_at'];
    return [...plain, this.db.raw("to_char(analytics_course_days.day, 'YYYY-MM-DD') as day")];
  }

  /** A range of days of one course, oldest first. `day` comes back as `YYYY-MM-DD`. */
  async courseDays(tenantId: string, courseId: string, from: string, to: string): Promise<CourseDayRow[]> {
    return this.db('analytics_course_days')
      .where({ tenant_id: tenantId, course_id: courseId })
      .whereBetween('day', [from, to])
      .orderBy('analytics_course_days.day')
      .select(...this.columns());
  }

  /** A range of days of every course of an academy, by course then day. */
  async tenantDays(tenantId: string, from: string, to: string): Promise<CourseDayRow[]> {
    return this.db('analytics_course_days')
      .where({ tenant_id: tenantId })
      .whereBetween('day', [from, to])
      .orderBy(['course_id', 'analytics_course_days.day'])
      .select(...this.columns());
  }
}
