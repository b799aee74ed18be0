import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { Conflict } from '../kit/errors.ts';
import { putTenant, removeTenant } from '../tenants.ts';

/** The academy's slug: what a Tenant resource is named (a DNS label, at most 63 characters). */
const TenantSlugParams = z.strictObject({ slug: z.string().regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS label').max(63) });
const Domain = z
  .string()
  .max(253)
  .regex(/^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/, 'must be a lower-case host name');
const PutTenantSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domains: z.array(Domain).max(20).default([]),
  plan: z.enum(['free', 'starter', 'pro', 'enterprise']),
});
const TenantRowSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), domains: z.array(z.string()), plan: z.string(), status: z.string() });

/**
 * Academies served by this deployment besides its own: the operator adds a pooled Tenant's row
 * here with the pool's service token (issue #15; operator/reconcilers/pooled-tenant.ts), as it
 * publishes Courses. The request's own tenant (Host / X-Tenant) is the pool's home academy.
 */
export function tenantRoutes(book: RouteBook, ctx: ServiceContext) {
  const tags = ['internal'];
  const refuseHome = (slug: string) => {
    if (slug === ctx.config.DEFAULT_TENANT) throw Conflict(`${slug} is this deployment's own academy`, 'tenant_is_home');
  };

  book.add(
    {
      method: 'put', path: '/internal/tenants/:slug', summary: 'Make or update a pooled academy (service token; idempotent)', tags,
      access: 'service', params: TenantSlugParams, body: PutTenantSchema,
      responses: {
        200: { description: 'Updated (or already so)', schema: TenantRowSchema },
        201: { description: 'Made', schema: TenantRowSchema },
        401: { description: 'service_token_invalid' },
      },
      errors: ['tenant_domain_conflict', 'tenant_is_home'],
    },
    async ({ params, body }) => {
      refuseHome(params.slug);
      const { tenant, created } = await putTenant(ctx.dbs.control, { slug: params.slug, name: body.name, domains: body.domains, plan: body.plan });
      // Every process serves it (or its new domains) at once, not after its cached miss runs out.
      await ctx.tenants.invalidate();
      return { status: created ? 201 : 200, body: { id: tenant.id, slug: tenant.slug, name: tenant.name, domains: tenant.domains ?? [], plan: tenant.plan, status: tenant.status } };
    },
  );

  book.add(
    {
      method: 'delete', path: '/internal/tenants/:slug', summary: "Remove a pooled academy's row (service token; idempotent: an unknown slug is 204 too)", tags,
      access: 'service', params: TenantSlugParams,
      responses: { 204: { description: 'Removed (or there was none)' }, 401: { description: 'service_token_invalid' } },
      errors: ['tenant_is_home'],
    },
    async ({ params }) => {
      refuseHome(params.slug);
      if (await removeTenant(ctx.dbs.control, params.slug)) await ctx.tenants.invalidate();
    },
  );
}
