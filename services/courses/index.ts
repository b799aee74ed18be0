import type { ServiceModule } from '../kit/context.ts';
import { coursesMigrations } from './migrations.ts';
import { coursesRoutes } from './routes.ts';
import { draftRoutes } from './draft-routes.ts';
import { catalogFor } from './catalog.ts';
import { seedDemoCourse } from './seed.ts';

/**
 * Course authoring (draft -> immutable published versions), the cached catalog with full-text
 * search, lesson content, enrollments (stored in learners' shards through the progress domain)
 * and the operator's service-to-service upsert.
 */
export const coursesService: ServiceModule = {
  name: 'courses',
  prefixes: ['/courses', '/modules', '/lessons', '/authoring', '/internal/courses'],
  migrations: coursesMigrations,
  routes: (book, ctx) => {
    coursesRoutes(book, ctx);
    draftRoutes(book, ctx);
  },
  start: (ctx) => catalogFor(ctx).start(),
  seed: seedDemoCourse,
};
