import type { UserRow } from './store.ts';
import { z } from 'zod';

export const UserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mfaEnabled: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserSchema>;

/** The only shape a user leaves the API in: no hash, no secrets, no lock counters. */
export function presentUser(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    mfaEnabled: u.mfa_enabled,
    createdAt: new Date(u.created_at).toISOString(),
  };
}
