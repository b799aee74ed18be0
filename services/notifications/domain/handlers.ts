import type { ServiceContext } from '../../kit/context.ts';
import { newId, shardOfId } from '../../kit/db/ids.ts';
import type { Consumes, Event } from '../../kit/outbox/index.ts';
import { UserStore } from '../../users/api.ts';
import { sendMailOnce } from './mailer.ts';
import { render, type Template } from './templates.ts';

export interface Preferences {
  emailEnrollment: boolean;
  emailCertificate: boolean;
  inApp: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { emailEnrollment: true, emailCertificate: true, inApp: true };

export async function preferencesOf(ctx: ServiceContext, tenantId: string, userId: string): Promise<Preferences> {
  const row = await ctx.dbs.primaryFor(userId)('notification_preferences').where({ tenant_id: tenantId, user_id: userId }).first();
  return row ? { emailEnrollment: row.email_enrollment, emailCertificate: row.email_certificate, inApp: row.in_app } : DEFAULT_PREFERENCES;
}

/** An in-app notification, once per event and kind (the unique key makes a retry a no-op). */
async function notifyInApp(ctx: ServiceContext, event: Event, userId: string, template: Template, data: Record<string, unknown>) {
  if (!ctx.dbs.owns(userId)) return;
  const { subject, text } = render(template, data);
  await ctx.dbs
    .primaryFor(userId)('notifications')
    .insert({ id: newId(shardOfId(userId)), tenant_id: event.tenantId, user_id: userId, event_id: event.id, kind: template, title: subject, body: text })
    .onConflict(['tenant_id', 'user_id', 'event_id', 'kind'])
    .ignore();
}

/**
 * One event's notifications: the mail (effect once per event and template) and the in-app entry.
 * Account mails (verification, reset, receipt) ignore preferences; the others follow them.
 */
async function deliver(
  ctx: ServiceContext,
  event: Event,
  p: { userId: string; template: Template; data: Record<string, unknown>; email?: string; mail: boolean | keyof Preferences; inApp: boolean },
) {
  const prefs = await preferencesOf(ctx, event.tenantId, p.userId);
  const user = p.email ? { email: p.email, name: p.data.name } : await new UserStore(ctx.dbs).byId(event.tenantId, p.userId);
  if (!user) return;
  const data = { name: user.name, ...p.data };
  if (p.inApp && prefs.inApp) await notifyInApp(ctx, event, p.userId, p.template, data);
  const mailWanted = typeof p.mail === 'boolean' ? p.mail : prefs[p.mail];
  if (mailWanted) await sendMailOnce(ctx, { key: `${event.id}:${p.template}`, tenantId: event.tenantId, userId: p.userId, to: user.email, template: p.template, data });
}

/** What the notifications service consumes (ServiceModule.consumes). */
export const notificationHandlers: Consumes<ServiceContext> = {
  'user.registered': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, email: e.data.email, template: 'welcome', data: e.data, mail: true, inApp: true }),
  'user.email_verification_requested': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, email: e.data.email, template: 'email_verification', data: e.data, mail: true, inApp: false }),
  'user.password_reset_requested': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, email: e.data.email, template: 'password_reset', data: e.data, mail: true, inApp: false }),
  'course.enrolled': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, template: 'enrollment', data: e.data, mail: 'emailEnrollment', inApp: true }),
  'certificate.issued': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, template: 'certificate_issued', data: e.data, mail: 'emailCertificate', inApp: true }),
  'order.paid': (e, ctx) => deliver(ctx, e, { userId: e.data.userId, template: 'payment_receipt', data: e.data, mail: true, inApp: true }),
};
