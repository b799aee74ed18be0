import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate, useRouteError } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from './auth/session';
import { isStaff, useMe } from './auth/me';
import { signOut } from './api/client';
import { useSync } from './offline/sync';
import { Loading, PageTitle } from './ui/status';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 ${isActive ? 'bg-blue-950 text-white' : 'text-blue-50 hover:bg-blue-900'}`;

/** The frame of every page: skip link, navigation, connection status, the page. */
export function Shell() {
  const status = useSession((s) => s.status);
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const out = async () => {
    await signOut();
    queryClient.clear();
    navigate('/');
  };
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="no-print bg-blue-800 text-white">
        <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-3">
          <Link to="/" className="mr-4 text-lg font-bold text-white">
            TrendTactics Academy
          </Link>
          <NavLink to="/" end className={navClass}>
            Catalog
          </NavLink>
          {status === 'signed-in' && (
            <NavLink to="/my" className={navClass}>
              My learning
            </NavLink>
          )}
          {isStaff(me.data?.roles) && (
            <NavLink to="/admin" className={navClass}>
              Dashboard
            </NavLink>
          )}
          <span className="ml-auto flex items-center gap-2">
            {status === 'signed-in' ? (
              <>
                <NavLink to="/account" className={navClass}>
                  {me.data?.name ?? 'Account'}
                </NavLink>
                <button type="button" onClick={() => void out()} className="rounded px-2 py-1 text-blue-50 hover:bg-blue-900">
                  Sign out
                </button>
              </>
            ) : status === 'anonymous' ? (
              <>
                <NavLink to="/login" className={navClass}>
                  Sign in
                </NavLink>
                <NavLink to="/signup" className={navClass}>
                  Sign up
                </NavLink>
              </>
            ) : null}
          </span>
        </nav>
      </header>
      <ConnectionBanner />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {/* Screens wait for the session check on load, so none fires its calls without the token. */}
        {status === 'restoring' ? (
          <Loading />
        ) : (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}

/** Says when the app is offline, how much waits, and when it has synced. */
function ConnectionBanner() {
  const { online, pending, syncedAt } = useSync((s) => s);
  if (!online)
    return (
      <p role="status" data-connection="offline" className="no-print bg-amber-100 px-4 py-2 text-center text-amber-950">
        You are offline. Keep going: your progress is saved on this device{pending > 0 ? ` (${pending} waiting)` : ''} and sent when you are back online.
      </p>
    );
  if (pending > 0)
    return (
      <p role="status" data-connection="syncing" className="no-print bg-blue-50 px-4 py-2 text-center text-blue-950">
        Back online: sending {pending} saved progress update{pending === 1 ? '' : 's'}…
      </p>
    );
  if (syncedAt)
    return (
      <p role="status" data-connection="synced" className="no-print bg-green-50 px-4 py-2 text-center text-green-900">
        Back online: your progress is synced.
      </p>
    );
  return null;
}

export function RouteError() {
  const error = useRouteError();
  // A chunk that cannot load (offline, or a deploy replaced it) is the usual cause.
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <PageTitle>This page could not be opened</PageTitle>
      <p role="alert">{error instanceof Error ? error.message : 'Something went wrong.'}</p>
      <p className="mt-4">
        <a className="text-blue-800 underline" href="/">
          Back to the catalog
        </a>
      </p>
    </main>
  );
}
