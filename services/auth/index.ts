import type { ServiceModule } from '../kit/context.ts';
import { authRoutes } from './routes.ts';

/** Sign-up, sign-in, refresh rotation, MFA and the JWKS. Its tables belong to `users`. */
export const authService: ServiceModule = {
  name: 'auth',
  prefixes: ['/auth'],
  routes: authRoutes,
};
