import type { Outbox } from '../../kit/outbox/index.ts';
import type { OnWritten } from '../heartbeat-writer.ts';

/**
 * The learning events of a batch of heartbeats, written in the batch's transaction: a lesson
 * started (its progress row is new), a day of progress (the first write of a UTC day to a started
 * lesson — one event per learner, lesson and day, not one per heartbeat, so the hot path writes
 * few outbox rows), a lesson completed.
 */
export function heartbeatEvents(outbox: Outbox): OnWritten {
  return (trx, written) =>
    outbox.emitMany(
      trx,
      written.flatMap(({ hb, positionSeconds, started, firstToday, justCompleted }) => {
        const ids = { userId: hb.userId, courseId: hb.courseId, lessonId: hb.lessonId };
        return [
          ...(started ? [{ type: 'lesson.started' as const, tenantId: hb.tenantId, data: { ...ids, positionSeconds } }] : []),
          ...(firstToday ? [{ type: 'lesson.progressed' as const, tenantId: hb.tenantId, data: { ...ids, positionSeconds } }] : []),
          ...(justCompleted ? [{ type: 'lesson.completed' as const, tenantId: hb.tenantId, data: { ...ids, lessonCount: hb.lessonCount ?? 1 } }] : []),
        ];
      }),
    );
}
