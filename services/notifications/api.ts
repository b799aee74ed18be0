/**
 * The notifications service's public interface: nothing to call — services reach it by emitting
 * events through the outbox (kit/outbox/events.ts); it consumes them.
 */
export type { Preferences } from './domain/handlers.ts';
