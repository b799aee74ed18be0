import { z } from 'zod';

const email = z.email({ message: 'invalid email' }).max(320);
/** Length is checked here; the common-password list in the domain. */
const recoveryCode = z.string().regex(/^[a-z2-7]{5}-?[a-z2-7]{5}$/i, 'must be a recovery code like abcde-fghij');
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
  recoveryCode: recoveryCode.optional(),
});
export type LoginReq = z.infer<typeof LoginSchema>;

/** The token may instead come from the httpOnly cookie (web), with a CSRF header. */
export const RefreshSchema = z.strictObject({
  refreshToken: z.string().min(1).max(200).optional(),
});

/** MFA is enrolled and removed only by someone who knows the password, not by a stolen access token. */
export const MfaSetupSchema = z.strictObject({
  password: z.string().min(1, 'is required').max(256),
});

export const MfaEnableSchema = z.strictObject({
  totp: z.string().regex(/^\d{6}$/, 'must be 6 digits'),
});

export const MfaDisableSchema = z
  .strictObject({
    password: z.string().min(1, 'is required').max(256),
    totp: z.string().regex(/^\d{6}$/, 'must be 6 digits').optional(),
    recoveryCode: recoveryCode.optional(),
  })
  .refine((b) => Boolean(b.totp) !== Boolean(b.recoveryCode), { message: 'send either totp or recoveryCode', path: ['totp'] });

export const TokenPairSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
});
