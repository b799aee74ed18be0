import { randomBytes } from 'node:crypto';
import type { Databases } from '../../kit/db/databases.ts';
import { newId } from '../../kit/db/ids.ts';
import { fail } from '../../kit/errors.ts';
import type { KeyRing } from '../../kit/keyring.ts';
import type { Tenant } from '../../kit/tenancy.ts';
import type { Role } from '../../kit/auth.ts';
import { UserStore, type UserRow } from '../../users/api.ts';
import { issueTokens, type SessionSettings, type TokenPair } from '../domain/sessions.ts';
import type { SsoSettings } from './settings.ts';

/** What the identity provider said about the person, after openid-client verified the ID token. */
export interface IdpIdentity {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
  /** Every claim (the role claim is read from here). */
  claims: Record<string, unknown>;
}

export interface SsoSignInDeps {
  dbs: Databases;
  keys: KeyRing;
  settings: SessionSettings;
  /** The users store with the profile cache, so a role change reaches every process. */
  store: UserStore;
}

/**
 * The password column of an account made by single sign-on: not an argon2 hash, so no password
 * verifies against it (verifyPassword answers false) until the user sets one through a reset.
 */
const NO_PASSWORD = () => `!sso:${randomBytes(16).toString('base64url')}`;

/** The domain part of an email, lower-case. */
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Roles from the role claim through the mapping (learner when nothing maps); undefined when the
 * tenant maps no claim (then the academy manages roles and sign-in leaves them as they are).
 */
export function mapRoles(sso: SsoSettings, claims: Record<string, unknown>): Role[] | undefined {
  if (!sso.roleClaim) return undefined;
  const raw = claims[sso.roleClaim];
  const values = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = new Set<Role>(['learner']);
  for (const v of values) if (sso.roleMapping[v]) roles.add(sso.roleMapping[v]);
  return [...roles];
}

/**
 * Signs in a person the tenant's identity provider vouched for: finds the user linked to the
 * IdP's issuer + subject, else links the academy account with that email, else creates one
 * (just in time); applies the role mapping; issues the academy's own tokens.
 */
export async function signInWithSso(deps: SsoSignInDeps, tenant: Tenant, sso: SsoSettings, who: IdpIdentity): Promise<{ user: UserRow; tokens: TokenPair; created: boolean }> {
  const { dbs, store } = deps;
  const email = who.email?.toLowerCase();
  if (!email || !email.includes('@')) throw fail('sso_email_unverified', 'The identity provider sent no email address; ask for the "email" scope');
  if (who.emailVerified !== true) throw fail('sso_email_unverified', `The identity provider does not say that ${email} is verified`);
  if (sso.allowedEmailDomains.length && !sso.allowedEmailDomains.includes(domainOf(email))) {
    throw fail('sso_email_domain', `Accounts of ${domainOf(email)} cannot sign in to this academy; allowed: ${sso.allowedEmailDomains.join(', ')}`);
  }
  const link = { tenant_id: tenant.id, issuer: who.issuer, subject: who.subject };
  const linked = await dbs.control('sso_identities').where(link).first('user_id');
  let user = linked ? await store.byId(tenant.id, linked.user_id) : undefined;
  let created = false;
  if (!user) {
    ({ user, created } = await findOrCreateByEmail(deps, tenant, email, who.name ?? email.split('@')[0], mapRoles(sso, who.claims) ?? ['learner']));
    await dbs.control('sso_identities').insert({ ...link, user_id: user.id, email }).onConflict(['tenant_id', 'issuer', 'subject']).merge(['user_id', 'email', 'last_sign_in_at']);
  } else {
    await dbs.control('sso_identities').where(link).update({ email, last_sign_in_at: new Date() });
  }
  const roles = mapRoles(sso, who.claims);
  const current = user;
  return store.transaction(user.id, async (trx) => {
    let row = current;
    if (roles && !sameRoles(roles, row.roles.filter((r) => r !== 'platform-admin'))) {
      // The IdP decides the tenant roles; platform-admin is never the IdP's to give or take.
      row = (await store.update(tenant.id, row.id, { roles: row.roles.includes('platform-admin') ? [...roles, 'platform-admin'] : roles }, trx)) ?? row;
    }
    const tokens = await issueTokens(trx, deps.keys, tenant, row, deps.settings);
    return { user: row, tokens, created };
  });
}

const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

/** The account with this email (an existing password account gets linked), else a new one. */
async function findOrCreateByEmail(deps: SsoSignInDeps, tenant: Tenant, email: string, name: string, roles: Role[]): Promise<{ user: UserRow; created: boolean }> {
  const { dbs, store } = deps;
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await store.idByEmail(tenant.id, email);
    if (existing) {
      const user = await store.byId(tenant.id, existing);
      if (user) return { user, created: false };
    }
    const id = newId(dbs.pickShard());
    try {
      await store.claimEmail(tenant.id, email, id);
    } catch (err) {
      // A concurrent first sign-in of the same person claimed it: use theirs.
      if ((err as { code?: string }).code === '23505') continue;
      throw err;
    }
    try {
      const user = await store.insert({ id, tenant_id: tenant.id, email, name: name.slice(0, 200), password_hash: NO_PASSWORD(), roles });
      return { user, created: true };
    } catch (err) {
      await store.releaseEmail(tenant.id, email, id);
      throw err;
    }
  }
  throw fail('conflict', 'The account is being created by another sign-in; try again');
}
