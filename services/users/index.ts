import type { ServiceModule } from '../kit/context.ts';
import { usersMigrations } from './migrations.ts';
import { usersRoutes } from './routes.ts';

/** Profiles, roles and the user directory. */
export const usersService: ServiceModule = {
  name: 'users',
  prefixes: ['/users'],
  migrations: usersMigrations,
  routes: usersRoutes,
};
