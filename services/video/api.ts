/**
 * The video service's public interface: what a lesson needs to know of an uploaded asset
 * (its status and duration). Anything else under services/video/ is private to it.
 */
export { VideoStore, type VideoRow } from './store.ts';
export { videoDeps } from './domain/deps.ts';
