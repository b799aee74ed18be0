import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * The access token lives only in memory (never in storage, so a script injected into the page
 * cannot carry it off later); the refresh token is an httpOnly cookie the page never sees.
 * `restoring` until the first refresh attempt on load has answered; `offline` when that attempt
 * could not reach the server (there may be a session: it is tried again when the network returns).
 */
export interface SessionState {
  accessToken?: string;
  status: 'restoring' | 'signed-in' | 'anonymous' | 'offline';
  setToken(token: string): void;
  signedOut(): void;
  unreachable(): void;
}

export const session = createStore<SessionState>((set) => ({
  status: 'restoring',
  setToken: (accessToken) => set({ accessToken, status: 'signed-in' }),
  signedOut: () => set({ accessToken: undefined, status: 'anonymous' }),
  unreachable: () => set((s) => (s.status === 'restoring' ? { status: 'offline' } : s)),
}));

export function useSession<T>(select: (s: SessionState) => T): T {
  return useStore(session, select);
}
