import type { ServiceModule } from '../kit/context.ts';
import type { Consumes, Event } from '../kit/outbox/index.ts';
import type { ServiceContext } from '../kit/context.ts';
import { analyticsMigrations } from './migrations.ts';
import { analyticsRoutes } from './routes.ts';
import { LEARNING_EVENTS, recordEvents } from './domain/record.ts';
import { startRollUps } from './domain/jobs.ts';

/** Each learning event is recorded in its learner's shard (idempotent by event id). */
const consumes = Object.fromEntries(
  LEARNING_EVENTS.map((type) => [type, async (event: Event, ctx: ServiceContext) => void (await recordEvents(ctx.dbs, [event as never]))]),
) as Consumes<ServiceContext>;

/**
 * Learning analytics: events from the outbox recorded in the learner's shard; per course and day
 * roll-ups computed by a queued job that fans out over every physical database and merges;
 * reports as JSON and CSV (docs/analytics.md).
 */
export const analyticsService: ServiceModule = {
  name: 'analytics',
  prefixes: ['/analytics'],
  migrations: analyticsMigrations,
  routes: analyticsRoutes,
  consumes,
  start: startRollUps,
};
