import type { ServiceModule } from '../kit/context.ts';
import { usersMigrations } from './migrations.ts';
import { usersRoutes } from './routes.ts';
import { profileCacheFor } from './profile-cache.ts';

/** Profiles, roles and the user directory. */
export const usersService: ServiceModule = {
  name: 'users',
  prefixes: ['/users'],
  migrations: usersMigrations,
  routes: usersRoutes,
  start: (ctx) => profileCacheFor(ctx).start(),
};
