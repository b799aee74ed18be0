import { randomBytes } from 'node:crypto';
import type { ServiceContext, ServiceModule } from './kit/context.ts';
import { ensureTenant } from './tenants.ts';
import { registerUser } from './auth/domain/register.ts';
import { UserStore } from './users/store.ts';

export const DEMO_ADMIN_EMAIL = 'admin@demo.local';

/**
 * Demo data: tenant `demo`, its admin `admin@demo.local` (password from SEED_ADMIN_PASSWORD, or
 * generated and printed once), then each service's own demo content. Safe to run again.
 */
export async function seed(ctx: ServiceContext, modules: ServiceModule[], print: (line: string) => void = console.log) {
  const tenant = await ensureTenant(ctx.dbs.control, { slug: 'demo', name: 'Demo Academy', domains: ['demo.localhost'] });
  await ctx.tenants.invalidate();
  await ctx.keys.start();
  const store = new UserStore(ctx.dbs);
  let adminId = await store.idByEmail(tenant.id, DEMO_ADMIN_EMAIL);
  if (!adminId) {
    const generated = !ctx.config.SEED_ADMIN_PASSWORD;
    const password = ctx.config.SEED_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const settings = { accessTtlSeconds: ctx.config.ACCESS_TOKEN_TTL_SECONDS, refreshTtlSeconds: ctx.config.REFRESH_TOKEN_TTL_SECONDS };
    const { user } = await registerUser(ctx.dbs, ctx.keys, settings, {
      tenant, email: DEMO_ADMIN_EMAIL, password, name: 'Demo Admin', roles: ['admin', 'instructor', 'learner'],
    });
    adminId = user.id;
    print(`seeded tenant "demo" and admin ${DEMO_ADMIN_EMAIL}`);
    if (generated) print(`admin password (shown once, set SEED_ADMIN_PASSWORD to choose it): ${password}`);
  }
  for (const m of modules) if (m.seed) await m.seed(ctx, { tenantId: tenant.id, adminId });
  return { tenant, adminId };
}
