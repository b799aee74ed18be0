import { z } from 'zod';
import type { RouteBook } from '../kit/routes.ts';
import type { ServiceContext } from '../kit/context.ts';
import { NotFound } from '../kit/errors.ts';
import { eventQueue, type Event } from '../kit/outbox/index.ts';
import { DEFAULT_PREFERENCES, preferencesOf } from './domain/handlers.ts';
import type { MailRow } from './domain/mailer.ts';

const PRIVATE = { 'cache-control': 'private, no-store' };
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

const NotificationSchema = z
  .object({ id: z.string(), kind: z.string(), title: z.string(), body: z.string(), read: z.boolean(), createdAt: z.string() });
const PreferencesSchema = z.object({ emailEnrollment: z.boolean(), emailCertificate: z.boolean(), inApp: z.boolean() });
const MailSchema = z
  .object({ key: z.string(), template: z.string(), to: z.string(), subject: z.string(), text: z.string(), status: z.enum(['pending', 'sent']), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable() });
const DeadLetterSchema = z.object({ id: z.string(), eventType: z.string(), attemptsMade: z.number(), failedReason: z.string(), failedAt: z.string().nullable() });
const IdParams = z.object({ id: z.string().min(1).max(200) });

/** In-app notifications, preferences, and for admins the mailbox and the dead-letter list. */
export function notificationsRoutes(book: RouteBook, ctx: ServiceContext) {
  const tags = ['notifications'];
  const queue = eventQueue('notifications');

  book.add(
    {
      method: 'get', path: '/notifications', summary: 'My in-app notifications, newest first, with the unread count', tags, access: 'user',
      responses: { 200: { description: 'Notifications', schema: z.object({ items: z.array(NotificationSchema), unread: z.number().int() }) } },
    },
    async ({ tenant, auth }) => {
      const db = ctx.dbs.primaryFor(auth.userId);
      const where = { tenant_id: tenant.id, user_id: auth.userId };
      const [rows, unread] = [await db('notifications').where(where).orderBy('created_at', 'desc').limit(100), await db('notifications').where(where).whereNull('read_at').count({ n: '*' }).first()];
      const items = rows.map((r: { id: string; kind: string; title: string; body: string; read_at: Date | null; created_at: Date }) => ({
        id: r.id, kind: r.kind, title: r.title, body: r.body, read: Boolean(r.read_at), createdAt: iso(r.created_at)!,
      }));
      return { body: { items, unread: Number(unread?.n ?? 0) }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'post', path: '/notifications/:id/read', summary: 'Mark one of my notifications read', tags, access: 'user', params: IdParams,
      responses: { 204: { description: 'Read' }, 404: { description: 'not_found' } },
    },
    async ({ tenant, auth, params }) => {
      const n = await ctx.dbs.primaryFor(auth.userId)('notifications').where({ tenant_id: tenant.id, user_id: auth.userId, id: params.id }).update({ read_at: ctx.dbs.control.fn.now() });
      if (!n) throw NotFound('No such notification');
    },
  );

  book.add(
    {
      method: 'post', path: '/notifications/read-all', summary: 'Mark all my notifications read', tags, access: 'user',
      responses: { 204: { description: 'Read' } },
    },
    async ({ tenant, auth }) => {
      await ctx.dbs.primaryFor(auth.userId)('notifications').where({ tenant_id: tenant.id, user_id: auth.userId }).whereNull('read_at').update({ read_at: new Date() });
    },
  );

  book.add(
    {
      method: 'get', path: '/notifications/preferences', summary: 'My notification preferences (account mails are always sent)', tags, access: 'user',
      responses: { 200: { description: 'Preferences', schema: PreferencesSchema } },
    },
    async ({ tenant, auth }) => ({ body: await preferencesOf(ctx, tenant.id, auth.userId), headers: PRIVATE }),
  );

  book.add(
    {
      method: 'put', path: '/notifications/preferences', summary: 'Change my notification preferences', tags, access: 'user', body: PreferencesSchema.partial(),
      responses: { 200: { description: 'Preferences', schema: PreferencesSchema } },
    },
    async ({ tenant, auth, body }) => {
      const next = { ...(await preferencesOf(ctx, tenant.id, auth.userId)), ...body };
      const row = { tenant_id: tenant.id, user_id: auth.userId, email_enrollment: next.emailEnrollment, email_certificate: next.emailCertificate, in_app: next.inApp };
      await ctx.dbs.primaryFor(auth.userId)('notification_preferences').insert(row).onConflict(['tenant_id', 'user_id']).merge();
      return { body: next, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/notifications/mailbox', summary: 'Mail sent or waiting, newest first (admins; without SMTP_URL this is the dev mailbox)', tags, access: ['admin'],
      query: z.object({ to: z.string().max(320).optional() }),
      responses: { 200: { description: 'Mails', schema: z.object({ items: z.array(MailSchema) }) } },
    },
    async ({ tenant, query }) => {
      const q = ctx.dbs.control('mails').where({ tenant_id: tenant.id }).orderBy('created_at', 'desc').limit(200);
      if (query.to) q.where({ to: query.to.toLowerCase() });
      const rows: MailRow[] = await q;
      const items = rows.map((m) => ({
        key: m.key, template: m.template, to: m.to, subject: m.subject, text: m.text, status: m.status, attempts: m.attempts, lastError: m.last_error,
        createdAt: iso(m.created_at)!, sentAt: iso(m.sent_at),
      }));
      return { body: { items }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'get', path: '/notifications/dead-letters', summary: 'Notification jobs that failed every attempt (admins)', tags, access: ['admin'],
      responses: { 200: { description: 'Dead letters', schema: z.object({ items: z.array(DeadLetterSchema) }) } },
    },
    async ({ tenant }) => {
      const dead = await ctx.queues.deadLetters(queue, 500);
      const items = dead
        .filter((d) => (d.data as Event).tenantId === tenant.id)
        .map((d) => ({ id: d.id, eventType: (d.data as Event).type, attemptsMade: d.attemptsMade, failedReason: d.failedReason, failedAt: d.failedAt }));
      return { body: { items }, headers: PRIVATE };
    },
  );

  book.add(
    {
      method: 'post', path: '/notifications/dead-letters/:id/retry', summary: 'Run a dead notification job again (admins)', tags, access: ['admin'], params: IdParams,
      responses: { 202: { description: 'Queued again' }, 404: { description: 'not_found' } },
    },
    async ({ tenant, params }) => {
      const dead = (await ctx.queues.deadLetters(queue, 500)).find((d) => d.id === params.id && (d.data as Event).tenantId === tenant.id);
      if (!dead || !(await ctx.queues.retry(queue, params.id))) throw NotFound('No such dead letter');
      return { status: 202 };
    },
  );
}
