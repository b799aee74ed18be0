import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * The access token lives only in memory (never in storage, so a script injected into the page
 * cannot carry it off later); the refresh token is an httpOnly cookie the page never sees.
 * `restoring` until the first refresh attempt on load has answered.
 */
export interface SessionState {
  accessToken?: string;
  status: 'restoring' | 'signed-in' | 'anonymous';
  setToken(token: string): void;
  signedOut(): void;
}

export const session = createStore<SessionState>((set) => ({
  status: 'restoring',
  setToken: (accessToken) => set({ accessToken, status: 'signed-in' }),
  signedOut: () => set({ accessToken: undefined, status: 'anonymous' }),
}));

export function useSession<T>(select: (s: SessionState) => T): T {
  return useStore(session, select);
}
