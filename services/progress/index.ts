import type { ServiceModule } from '../kit/context.ts';
import { progressMigrations } from './migrations.ts';
import { progressRoutes } from './routes.ts';
import { learningDeps } from './domain/deps.ts';

/**
 * Learner-owned state, in the learner's shard: lesson progress (the player's heartbeats),
 * quiz attempts, a learner's enrollments and certificates, public certificate verification.
 * Enrolling lives under /courses (the courses service), which calls this domain directly.
 */
export const progressService: ServiceModule = {
  name: 'progress',
  prefixes: ['/progress', '/quizzes', '/me', '/certificates'],
  // Certificates' printable files are written to and served from storage.
  usesStorage: true,
  migrations: progressMigrations,
  routes: progressRoutes,
  start: (ctx) => learningDeps(ctx).catalog.start(),
};
