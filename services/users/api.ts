/**
 * The users service's public interface: what other services (auth) may use. Anything else under
 * services/users/ is private to it (.dependency-cruiser.cjs). Calls are in-process: auth and users
 * read the same user rows (credentials live in the user's row in its shard), so they are always
 * deployed together (see docs/spine.md, "Boundaries").
 */
export { UserStore, type UserRow, type LoginAttemptsRow } from './store.ts';
export { profileCacheFor } from './profile-cache.ts';
export { presentUser, UserSchema, type UserView } from './presenters.ts';
export { mfaCleared } from './domain.ts';
