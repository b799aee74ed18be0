import { z } from 'zod';

export const ListUsersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.uuid().optional(),
});

export const UserIdParams = z.strictObject({ id: z.uuid({ message: 'must be a user id' }) });

/** Roles a tenant admin may grant; platform-admin is not theirs to give. */
export const UpdateUserSchema = z.strictObject({
  roles: z.array(z.enum(['learner', 'instructor', 'admin'])).min(1).max(3).transform((r) => [...new Set(r)]),
});
export type UpdateUserReq = z.infer<typeof UpdateUserSchema>;

/** What a user may change about themself here (email and roles are not theirs to change). */
export const UpdateMeSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200),
});
export type UpdateMeReq = z.infer<typeof UpdateMeSchema>;
