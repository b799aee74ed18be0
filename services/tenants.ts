import type { Knex } from 'knex';
import { newId } from './kit/db/ids.ts';
import { Conflict } from './kit/errors.ts';
import type { Tenant } from './kit/tenancy.ts';

export interface CreateTenantProps {
  slug: string;
  name: string;
  domains?: string[];
  plan?: string;
}

/** Creates an academy, or returns the existing one with that slug (idempotent: seeds and the operator retry). */
export async function ensureTenant(control: Knex, props: CreateTenantProps): Promise<Tenant> {
  await control('tenants')
    .insert({ id: newId(0), slug: props.slug, name: props.name, domains: props.domains ?? [], plan: props.plan ?? 'free' })
    .onConflict('slug')
    .ignore();
  return control('tenants').where({ slug: props.slug }).first();
}

export interface PutTenantResult {
  tenant: Tenant;
  /** Whether the row was made now (else it existed and was brought to the given name, domains, plan). */
  created: boolean;
}

/**
 * The operator's upsert of a pooled academy (`PUT /internal/tenants/:slug`): the row is made, or
 * brought to exactly these name, domains and plan (and active). Idempotent: the same PUT again
 * changes nothing. The id of an existing row is kept — every row of the academy in the shards
 * refers to it, which is what lets a pooled academy be promoted without moving data.
 * A domain another academy serves is a 409 `tenant_domain_conflict` naming it.
 */
export async function putTenant(control: Knex, props: Required<CreateTenantProps>): Promise<PutTenantResult> {
  return control.transaction(async (trx) => {
    const taken = await trx('tenants').select('slug', 'domains').whereNot({ slug: props.slug }).andWhereRaw('domains && ?::text[]', [props.domains]).first();
    if (taken) {
      const domain = props.domains.find((d) => (taken.domains as string[]).includes(d));
      throw Conflict(`Domain ${domain} is served by another academy`, 'tenant_domain_conflict');
    }
    const inserted = await trx('tenants')
      .insert({ id: newId(0), slug: props.slug, name: props.name, domains: props.domains, plan: props.plan })
      .onConflict('slug')
      .ignore()
      .returning('id');
    if (inserted.length) return { tenant: await trx('tenants').where({ slug: props.slug }).first(), created: true };
    const [tenant] = await trx('tenants')
      .where({ slug: props.slug })
      .update({ name: props.name, domains: props.domains, plan: props.plan, status: 'active', updated_at: trx.fn.now() })
      .returning('*');
    return { tenant, created: false };
  });
}

/** Removes the academy's row (`DELETE /internal/tenants/:slug`); false when there was none (a repeated delete). */
export async function removeTenant(control: Knex, slug: string): Promise<boolean> {
  return (await control('tenants').where({ slug }).delete()) > 0;
}
