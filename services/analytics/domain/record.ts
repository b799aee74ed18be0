import type { Knex } from 'knex';
import type { Databases } from '../../kit/db/databases.ts';
import { isShardedId, shardOfId } from '../../kit/db/ids.ts';
import type { Event, EventType } from '../../kit/outbox/index.ts';

/** The learning events analytics records (each names a learner and a course). */
export const LEARNING_EVENTS = [
  'course.enrolled',
  'lesson.started',
  'lesson.progressed',
  'lesson.completed',
  'quiz.attempted',
  'certificate.issued',
  'order.paid',
  'order.refunded',
] as const satisfies readonly EventType[];

export type LearningEventType = (typeof LEARNING_EVENTS)[number];

export interface EventRow {
  id: string;
  tenant_id: string;
  user_id: string;
  course_id: string;
  shard: number;
  type: LearningEventType;
  occurred_at: string;
  lesson_id: string | null;
  passed: boolean | null;
  amount: number | null;
  currency: string | null;
  lesson_count: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row an event becomes; undefined for one that names no learner of ours or no course id. */
export function eventRow(event: Event<LearningEventType>): EventRow | undefined {
  const d = event.data as { userId: string; courseId: string; lessonId?: string; passed?: boolean; lessonCount?: number; amount?: number; currency?: string };
  if (!isShardedId(d.userId) || !UUID.test(d.courseId)) return undefined;
  const money = event.type === 'order.paid' ? 1 : event.type === 'order.refunded' ? -1 : 0;
  return {
    id: event.id,
    tenant_id: event.tenantId,
    user_id: d.userId,
    course_id: d.courseId,
    shard: shardOfId(d.userId),
    type: event.type,
    occurred_at: event.occurredAt,
    lesson_id: d.lessonId ?? null,
    passed: event.type === 'quiz.attempted' ? d.passed === true : null,
    amount: money ? money * (d.amount ?? 0) : null,
    currency: money ? (d.currency ?? null) : null,
    lesson_count: d.lessonCount ?? null,
  };
}

/**
 * Records learning events in their learners' shards. Keyed by event id: a redelivered event
 * (the outbox delivers at least once) finds its row and adds nothing. Returns the rows added.
 */
export async function recordEvents(dbs: Databases, events: Event<LearningEventType>[]): Promise<number> {
  const byDb = new Map<Knex, EventRow[]>();
  for (const e of events) {
    const row = eventRow(e);
    if (!row || !dbs.owns(row.user_id)) continue;
    const db = dbs.primaryFor(row.user_id);
    byDb.set(db, [...(byDb.get(db) ?? []), row]);
  }
  let added = 0;
  for (const [db, rows] of byDb) {
    for (let i = 0; i < rows.length; i += 1000) {
      const inserted = await db('analytics_events').insert(rows.slice(i, i + 1000)).onConflict('id').ignore().returning('id');
      added += inserted.length;
    }
  }
  return added;
}
