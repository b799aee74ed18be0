import { z } from 'zod';
import { RefreshSchema } from './schemas.ts';

/** The caller's refresh token (else the session cookie + CSRF header) names the session that stays signed in. */
const refreshToken = RefreshSchema.shape.refreshToken;

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(256),
  /** Length here; the common-password list and "not your email" in the domain. */
  newPassword: z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters'),
  refreshToken,
});
export type ChangePasswordReq = z.infer<typeof ChangePasswordSchema>;

export const SignOutOthersSchema = z.strictObject({ refreshToken });

export const RevokedSchema = z.object({ revokedSessions: z.number().int().describe('Other sessions (refresh-token families) signed out') });
