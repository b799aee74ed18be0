/**
 * The analytics service's public interface. It reads no other service's tables: learning events
 * reach it through the outbox, course titles and authors through the courses interface. Anything
 * else under services/analytics/ is private to it (.dependency-cruiser.cjs).
 */
export { LEARNING_EVENTS, recordEvents, type LearningEventType } from './domain/record.ts';
export { computeDay, publishDay, rollUpDay, type CourseDay, type RollUpProps } from './domain/rollup.ts';
export { ROLLUP_QUEUE, queueRollUps } from './domain/jobs.ts';
