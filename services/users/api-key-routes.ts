import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { API_KEY_SCOPES } from '../kit/auth.ts';
import { apiKeysOf } from '../kit/api-keys.ts';

const Scope = z.enum(API_KEY_SCOPES);
const CreateApiKeySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(Scope).min(1).max(API_KEY_SCOPES.length),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => !b.expiresAt || Date.parse(b.expiresAt) > Date.now(), { message: 'must be in the future', path: ['expiresAt'] });
const ApiKeyIdParams = z.strictObject({ id: z.uuid({ message: 'must be an API key id' }) });
const NewKeySchema = z.object({ id: z.uuid(), key: z.string().describe('The secret, `ak_…`: shown only in this answer') });
const ApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(Scope),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().describe('Updated at most once a minute'),
  previousKeyValidUntil: z.string().nullable().describe('After a rotation, the old secret works until then'),
});

/** Integration API keys of the academy (admins): made, listed, rotated and revoked here; proven by kit/auth.ts. */
export function apiKeyRoutes(book: RouteBook, ctx: ServiceContext) {
  const keys = apiKeysOf(ctx);
  const tags = ['admin'];

  book.add(
    {
      method: 'post', path: '/admin/api-keys', summary: 'Make an API key for an integration (admins); the key is shown only in this answer', tags, access: ['admin'], body: CreateApiKeySchema,
      responses: { 201: { description: 'The new key', schema: NewKeySchema } },
    },
    async ({ tenant, auth, body }) => ({
      status: 201,
      body: await keys.create(tenant, auth.userId, { name: body.name, scopes: body.scopes, expiresAt: body.expiresAt ? new Date(body.expiresAt) : undefined }),
    }),
  );

  book.add(
    {
      method: 'get', path: '/admin/api-keys', summary: "The academy's live API keys, without their secrets (admins)", tags, access: ['admin'],
      responses: { 200: { description: 'The keys', schema: z.object({ items: z.array(ApiKeySchema) }) } },
    },
    async ({ tenant }) => ({ body: { items: await keys.list(tenant) } }),
  );

  book.add(
    {
      method: 'post', path: '/admin/api-keys/:id/rotate', summary: 'A new secret for an API key; the old one keeps working for 24 hours (admins)', tags, access: ['admin'], params: ApiKeyIdParams,
      responses: { 200: { description: 'The new secret', schema: NewKeySchema.extend({ previousKeyValidUntil: z.string() }) } },
      errors: ['api_key_not_found'],
    },
    async ({ tenant, params }) => ({ body: await keys.rotate(tenant, params.id) }),
  );

  book.add(
    {
      method: 'delete', path: '/admin/api-keys/:id', summary: 'Revoke an API key now (admins)', tags, access: ['admin'], params: ApiKeyIdParams,
      responses: { 204: { description: 'Revoked' } },
      errors: ['api_key_not_found'],
    },
    async ({ tenant, params }) => {
      await keys.revoke(tenant, params.id);
    },
  );
}
