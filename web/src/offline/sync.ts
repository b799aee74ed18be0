import type { QueryClient } from '@tanstack/react-query';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { api, refreshSession, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { currentUserId, session } from '../auth/session';
import { countFor, enqueue, queued, remove, type QueuedHeartbeat } from './queue';

export interface SyncState {
  online: boolean;
  /** Heartbeats waiting in IndexedDB. */
  pending: number;
  /** When queued heartbeats last reached the server (shown as "synced"). */
  syncedAt?: number;
}

export const syncState = createStore<SyncState>(() => ({ online: typeof navigator === 'undefined' ? true : navigator.onLine, pending: 0 }));
export const useSync = <T,>(select: (s: SyncState) => T) => useStore(syncState, select);

let queryClient: QueryClient | undefined;
let flushing: Promise<void> | undefined;

function send(beat: QueuedHeartbeat) {
  const { lessonId, userId: _owner, ...body } = beat;
  return unwrap(() => api.PUT('/api/v1/progress/lessons/{lessonId}', { params: { path: { lessonId } }, body }));
}

const isNetworkFailure = (err: unknown) => err instanceof ApiError && err.status === 0;

/**
 * Sends a heartbeat now, or keeps it in IndexedDB when the network is down (or older ones are
 * still waiting, so the order holds). Never throws for a dropped connection.
 */
export async function sendHeartbeat(heartbeat: Omit<QueuedHeartbeat, 'userId'>): Promise<void> {
  const beat = { ...heartbeat, userId: currentUserId() };
  if (!navigator.onLine || syncState.getState().pending > 0) {
    await enqueue(beat);
    syncState.setState({ pending: await countFor(currentUserId()) });
    if (navigator.onLine) void flush();
    return;
  }
  try {
    await send(beat);
  } catch (err) {
    if (!isNetworkFailure(err)) throw err;
    await enqueue(beat);
    syncState.setState({ pending: await countFor(currentUserId()) });
  }
}

/** Sends the queued heartbeats in the order they were made; stops at the first network failure. */
export function flush(): Promise<void> {
  flushing ??= (async () => {
    let sent = 0;
    const me = currentUserId();
    for (const { key, beat } of await queued()) {
      // Another learner's progress on this browser waits for their own session.
      if (beat.userId && beat.userId !== me) continue;
      try {
        await send(beat);
      } catch (err) {
        if (isNetworkFailure(err)) break;
        // 401 without a session: keep it for when the learner signs in again.
        if (err instanceof ApiError && err.status === 401) break;
        // Any other refusal (lesson gone, not enrolled) will not change: drop it.
      }
      await remove(key);
      sent++;
    }
    const pending = await countFor(me);
    syncState.setState({ pending, ...(sent > 0 && pending === 0 ? { syncedAt: Date.now() } : {}) });
    if (sent > 0) await queryClient?.invalidateQueries({ queryKey: ['progress'] });
  })().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

/** Tracks the connection and sends what waited as soon as it returns (and on start). */
export function startHeartbeatSync(client: QueryClient): void {
  queryClient = client;
  window.addEventListener('online', () => {
    syncState.setState({ online: true });
    // A reload while offline could not restore the session: do it now (the flush follows it).
    if (session.getState().status !== 'signed-in') void refreshSession();
    else void flush();
  });
  window.addEventListener('offline', () => syncState.setState({ online: false }));
  // What waited across a reload goes out once the session is back.
  session.subscribe((s, prev) => {
    if (s.status === 'signed-in' && prev.status !== 'signed-in' && navigator.onLine) void flush();
  });
  void countFor(currentUserId()).then((pending) => syncState.setState({ pending }));
}
