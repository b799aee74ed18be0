/**
 * The auth service's public interface for other services: whether a user's email address is
 * verified (payments refuses orders from unverified accounts). Anything else under services/auth/
 * is private to it.
 */
export { isEmailVerified } from './domain/mail-tokens.ts';
