import { z } from 'zod';

const email = z.email({ message: 'invalid email' }).max(320);
/** Length is checked here; the common-password list in the domain. */
const password = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');

export const RegisterSchema = z.strictObject({
  email,
  password,
  name: z.string().trim().min(1, 'is required').max(200),
});
export type RegisterReq = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.strictObject({
  email,
  password: z.string().min(1, 'is required').max(256),
  totp: z.string().regex(/^\d{6}$/, 'must be 6 digits').optional(),
});
export type LoginReq = z.infer<typeof LoginSchema>;

/** The token may instead come from the httpOnly cookie (web), with a CSRF header. */
export const RefreshSchema = z.strictObject({
  refreshToken: z.string().min(1).max(200).optional(),
});

export const MfaEnableSchema = z.strictObject({
  totp: z.string().regex(/^\d{6}$/, 'must be 6 digits'),
});

export const TokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
});
