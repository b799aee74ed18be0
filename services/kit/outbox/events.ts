import { z } from 'zod';

/**
 * The events services emit through the outbox, by type: the payload each carries. A consumer
 * declares the types it handles in its ServiceModule (`consumes`). Secrets in a payload (a reset
 * link) live only until the event is delivered: the outbox row is deleted when drained.
 */
export const EventSchemas = {
  'user.registered': z.object({ userId: z.string(), email: z.string(), name: z.string() }),
  'user.email_verification_requested': z.object({ userId: z.string(), email: z.string(), name: z.string(), link: z.string() }),
  'user.password_reset_requested': z.object({ userId: z.string(), email: z.string(), name: z.string(), link: z.string(), expiresAt: z.string() }),
  'course.enrolled': z.object({ userId: z.string(), courseId: z.string(), courseTitle: z.string().optional() }),
  'certificate.issued': z.object({ userId: z.string(), courseId: z.string(), certificateId: z.string(), courseTitle: z.string().optional() }),
  'order.paid': z.object({
    orderId: z.string(), userId: z.string(), courseId: z.string(), courseTitle: z.string(),
    amount: z.number().int(), currency: z.string(), discount: z.number().int(), couponCode: z.string().nullable(), paidAt: z.string(),
  }),
  'order.refunded': z.object({ orderId: z.string(), userId: z.string(), courseId: z.string(), amount: z.number().int(), currency: z.string() }),
  'order.expired': z.object({ orderId: z.string(), userId: z.string(), couponId: z.string().nullable() }),
  /** The learner's first heartbeat in a lesson (its progress row was created). */
  'lesson.started': z.object({ userId: z.string(), courseId: z.string(), lessonId: z.string(), positionSeconds: z.number() }),
  /** The first heartbeat of a UTC day in a lesson already started (one per learner, lesson and day, not one per heartbeat). */
  'lesson.progressed': z.object({ userId: z.string(), courseId: z.string(), lessonId: z.string(), positionSeconds: z.number() }),
  /** A lesson completed (by watching, marking, or passing its quiz); `lessonCount`: lessons in the course's published version. */
  'lesson.completed': z.object({ userId: z.string(), courseId: z.string(), lessonId: z.string(), lessonCount: z.number().int().min(1) }),
  'quiz.attempted': z.object({ userId: z.string(), courseId: z.string(), lessonId: z.string(), attempt: z.number().int(), score: z.number(), passed: z.boolean() }),
} as const;

export type EventType = keyof typeof EventSchemas;
export type EventData<T extends EventType> = z.infer<(typeof EventSchemas)[T]>;

/** What a consumer receives: the payload with its envelope. `id` is unique per event (effect-once keys derive from it). */
export interface Event<T extends EventType = EventType> {
  id: string;
  type: T;
  tenantId: string;
  occurredAt: string;
  data: EventData<T>;
}

/** A consumer's handler (ServiceModule.consumes), given the process's context. */
export type EventHandler<T extends EventType = EventType, C = unknown> = (event: Event<T>, ctx: C) => Promise<void>;
export type Consumes<C = unknown> = { [T in EventType]?: EventHandler<T, C> };

export function isEventType(s: string): s is EventType {
  return Object.hasOwn(EventSchemas, s);
}
