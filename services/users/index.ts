import type { ServiceModule } from '../kit/context.ts';
import { usersMigrations } from './migrations.ts';
import { usersRoutes } from './routes.ts';
import { profileCacheFor } from './profile-cache.ts';
import { platformRoutes } from '../platform/routes.ts';
import { platformStatusFor } from '../platform/status-file.ts';

/**
 * Profiles, roles and the user directory; and the admins' platform view (`/admin`), which needs
 * no tables and no deployment of its own.
 */
export const usersService: ServiceModule = {
  name: 'users',
  prefixes: ['/users', '/admin'],
  migrations: usersMigrations,
  routes: (book, ctx) => {
    usersRoutes(book, ctx);
    platformRoutes(book, ctx);
  },
  async start(ctx) {
    const stopCache = await profileCacheFor(ctx).start();
    const stopWatch = platformStatusFor(ctx).start();
    return async () => {
      await stopWatch();
      await stopCache();
    };
  },
};
