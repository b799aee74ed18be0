import type { ServiceModule } from './kit/context.ts';
import { authService } from './auth/index.ts';
import { usersService } from './users/index.ts';
import { coursesService } from './courses/index.ts';
import { progressService } from './progress/index.ts';
import { paymentsService } from './payments/index.ts';
import { notificationsService } from './notifications/index.ts';
import { videoService } from './video/index.ts';
import { analyticsService } from './analytics/index.ts';

/** Every service module this codebase ships, in mount order. */
export const ALL_SERVICES: ServiceModule[] = [authService, usersService, coursesService, progressService, paymentsService, notificationsService, videoService, analyticsService];

/** The services that exist: the only names --services accepts and the operator deploys. */
export const SERVICE_NAMES: string[] = ALL_SERVICES.map((m) => m.name);

/** What the operator and the Tenant CRD need to know of the services (crds/generated/services.json). */
export function serviceManifest(): { services: { name: string; prefixes: string[]; stagesUploads?: true; usesStorage?: true }[] } {
  return {
    services: ALL_SERVICES.map((m) => ({
      name: m.name,
      prefixes: m.prefixes,
      ...(m.stagesUploads ? { stagesUploads: true as const } : {}),
      ...(m.usesStorage ? { usesStorage: true as const } : {}),
    })),
  };
}

/**
 * `--services=all` (or `gateway` plus names): which modules run here, which are reached over
 * HTTP (SERVICE_URLS), and an error naming any unknown service.
 */
export function selectServices(arg: string, urls: Record<string, string>) {
  const names = arg.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (n !== 'all' && n !== 'gateway' && !(SERVICE_NAMES as readonly string[]).includes(n)) {
      throw new Error(`--services: unknown service "${n}" (known: all, gateway, ${SERVICE_NAMES.join(', ')})`);
    }
  }
  const all = names.includes('all');
  const local = ALL_SERVICES.filter((m) => all || names.includes(m.name));
  const remote = ALL_SERVICES.filter((m) => !local.includes(m) && urls[m.name]).map((m) => ({ module: m, url: urls[m.name] }));
  return { local, remote };
}
