import type { ServiceModule } from '../kit/context.ts';
import { notificationsMigrations } from './migrations.ts';
import { notificationsRoutes } from './routes.ts';
import { notificationHandlers } from './domain/handlers.ts';

/**
 * Mail (SMTP via nodemailer, or the dev mailbox) and in-app notifications, from the events other
 * services emit through the outbox; effect once per event (docs/commerce.md).
 */
export const notificationsService: ServiceModule = {
  name: 'notifications',
  prefixes: ['/notifications'],
  migrations: notificationsMigrations,
  routes: notificationsRoutes,
  consumes: notificationHandlers,
};
