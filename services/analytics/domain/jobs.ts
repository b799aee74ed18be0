import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../../kit/context.ts';
import { every } from '../../kit/every.ts';
import { addDays, dayOf } from './days.ts';
import { rollUpDay, type RollUpProps } from './rollup.ts';

/** The queue of roll-up jobs (BullMQ with Redis; in-process with `make dev`). */
export const ROLLUP_QUEUE = 'analytics.rollup';

/**
 * Queues the roll-up of some days. `slot` names a scheduled run (every process of every replica
 * queues the same job id for the same slot, so it runs once); on demand every call is a new job.
 */
export async function queueRollUps(ctx: ServiceContext, props: { days: string[]; tenantId?: string; slot?: number }): Promise<string[]> {
  const ids: string[] = [];
  for (const day of props.days) {
    const jobId = props.slot !== undefined ? `rollup-${props.tenantId ?? 'all'}-${day}-${props.slot}` : `rollup-${props.tenantId ?? 'all'}-${day}-${randomUUID()}`;
    await ctx.queues.add<RollUpProps>(ROLLUP_QUEUE, { day, ...(props.tenantId ? { tenantId: props.tenantId } : {}) }, { jobId });
    ids.push(jobId);
  }
  return ids;
}

/**
 * The roll-up worker and its schedule: every ANALYTICS_ROLLUP_EVERY_MS, today and yesterday (UTC;
 * yesterday so events drained just after midnight land in their day) for every academy. A job that
 * fails (a shard down) throws, is retried with backoff, then dead-lettered; it publishes nothing.
 */
export async function startRollUps(ctx: ServiceContext): Promise<() => Promise<void>> {
  const stopWorker = await ctx.queues.process<RollUpProps>(
    ROLLUP_QUEUE,
    async (job) => {
      const started = Date.now();
      const { courses } = await rollUpDay(ctx.dbs, job.data);
      ctx.logger.info({ day: job.data.day, tenantId: job.data.tenantId, courses, ms: Date.now() - started }, 'analytics roll-up published');
    },
    { concurrency: 1 },
  );
  const ms = ctx.config.ANALYTICS_ROLLUP_EVERY_MS;
  const stopSchedule =
    ms > 0
      ? every(ms, 'analytics: queueing the scheduled roll-up', () => {
          const now = Date.now();
          const today = dayOf(now);
          return queueRollUps(ctx, { days: [addDays(today, -1), today], slot: Math.floor(now / ms) });
        }, { log: ctx.logger, atStart: true })
      : async () => {};
  return async () => {
    await stopSchedule();
    await stopWorker();
  };
}
