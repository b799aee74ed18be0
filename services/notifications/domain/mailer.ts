import nodemailer, { type Transporter } from 'nodemailer';
import type { ServiceContext } from '../../kit/context.ts';
import { render, type Template } from './templates.ts';

export interface MailRow {
  key: string;
  tenant_id: string;
  user_id: string | null;
  template: string;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent';
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** SMTP over nodemailer when SMTP_URL is set, else none (the dev mailbox: stored and logged). */
export function transportFor(ctx: ServiceContext): Transporter | undefined {
  const url = ctx.config.SMTP_URL;
  return url ? ctx.instances.of(() => nodemailer.createTransport(url), transportFor) : undefined;
}

/**
 * Sends one mail at most once per key (`${eventId}:${template}`). The row is written before the
 * send and marked sent after it: a retried job finds it sent and stops. A failure records the
 * error and throws, so the queue retries with backoff (and dead-letters after the last attempt).
 * The one window left: a crash after the SMTP server took the mail and before the row is marked
 * (docs/commerce.md).
 */
export async function sendMailOnce(
  ctx: ServiceContext,
  m: { key: string; tenantId: string; userId?: string; to: string; template: Template; data: Record<string, unknown> },
): Promise<'sent' | 'already_sent'> {
  const db = ctx.dbs.control;
  const { subject, text } = render(m.template, m.data);
  await db('mails').insert({ key: m.key, tenant_id: m.tenantId, user_id: m.userId ?? null, template: m.template, to: m.to, subject, text }).onConflict('key').ignore();
  const row: MailRow = await db('mails').where({ key: m.key }).first();
  if (row.status === 'sent') return 'already_sent';
  const transport = transportFor(ctx);
  try {
    if (transport) {
      await transport.sendMail({ from: ctx.config.MAIL_FROM, to: row.to, subject: row.subject, text: row.text, headers: { 'X-Academy-Mail-Key': row.key } });
    } else {
      ctx.logger.info({ mailbox: 'dev', to: row.to, subject: row.subject, text: row.text }, 'mail stored in the dev mailbox (no SMTP_URL)');
    }
  } catch (err) {
    await db('mails').where({ key: m.key }).update({ attempts: db.raw('attempts + 1'), last_error: (err as Error).message.slice(0, 2000) });
    throw err;
  }
  await db('mails').where({ key: m.key, status: 'pending' }).update({ status: 'sent', sent_at: db.fn.now(), attempts: db.raw('attempts + 1') });
  return 'sent';
}
