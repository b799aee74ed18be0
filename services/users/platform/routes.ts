import type { RouteBook } from '../../kit/routes.ts';
import type { ServiceContext } from '../../kit/context.ts';
import { PlatformSchema } from './schemas.ts';
import { platformReport } from './report.ts';
import { servingOf } from './serving.ts';
import { platformStatusFor } from './status-file.ts';

/** The platform view of the admin dashboard. */
export function platformRoutes(book: RouteBook, ctx: ServiceContext) {
  const file = platformStatusFor(ctx);
  book.add(
    {
      method: 'get', path: '/admin/platform', tags: ['admin'], access: ['admin'],
      summary: "The academy's services (desired / ready replicas, autoscalers), shard clusters with a live health check, Redis, and the Tenant's conditions",
      responses: { 200: { description: 'The platform as this process sees it now', schema: PlatformSchema }, 403: { description: 'role_required' } },
    },
    async ({ tenant }) => ({
      body: await platformReport(ctx, { tenant, state: file.current(), serving: servingOf(ctx) }),
      headers: { 'cache-control': 'private, no-store' },
    }),
  );
}
