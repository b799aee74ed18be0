import type { Knex } from 'knex';
import { newId } from './kit/db/ids.ts';
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
