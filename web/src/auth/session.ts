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

/** Who was signed in last on this browser (an id, not a secret): offline work is filed under it. */
const LAST_USER = 'academy:last-user';

/** The user id (`sub`) an access token was issued to. */
function subjectOf(token: string): string | undefined {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return (JSON.parse(atob(payload)) as { sub?: string }).sub;
  } catch {
    return undefined;
  }
}

/** The signed-in user, or (offline, session not yet restored) the last one on this browser. */
export function currentUserId(): string | undefined {
  const token = session.getState().accessToken;
  return token ? subjectOf(token) : (localStorage.getItem(LAST_USER) ?? undefined);
}

export const session = createStore<SessionState>((set) => ({
  status: 'restoring',
  setToken: (accessToken) => {
    const sub = subjectOf(accessToken);
    if (sub) localStorage.setItem(LAST_USER, sub);
    set({ accessToken, status: 'signed-in' });
  },
  signedOut: () => {
    localStorage.removeItem(LAST_USER);
    set({ accessToken: undefined, status: 'anonymous' });
  },
  unreachable: () => set((s) => (s.status === 'restoring' ? { status: 'offline' } : s)),
}));

export function useSession<T>(select: (s: SessionState) => T): T {
  return useStore(session, select);
}
