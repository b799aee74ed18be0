import type { ServiceModule } from '../kit/context.ts';
import { usersMigrations } from './migrations.ts';
import { usersRoutes } from './routes.ts';
import { platformRoutes } from './platform/routes.ts';
import { apiKeyRoutes } from './api-key-routes.ts';
import { tenantRoutes } from './tenant-routes.ts';
import { platformStatusFor } from './platform/status-file.ts';

/**
 * Profiles, roles and the user directory; the admins' platform view (`/admin`), which needs
 * no tables and no deployment of its own; and the integrations' API keys (`/admin/api-keys`, kept
 * by the kit in the control database so every process can prove one); and the academies a pool
 * serves besides its own (`/internal/tenants`, the operator's, with the service token).
 */
export const usersService: ServiceModule = {
  name: 'users',
  prefixes: ['/users', '/admin', '/internal/tenants'],
  migrations: usersMigrations,
  routes: (book, ctx) => {
    usersRoutes(book, ctx);
    platformRoutes(book, ctx);
    apiKeyRoutes(book, ctx);
    tenantRoutes(book, ctx);
  },
  // The profile cache is started by every process (runtime.ts): authorization reads current roles from it.
  start: async (ctx) => platformStatusFor(ctx).start(),
};
