import type { ReactNode } from 'react';
import { messageOf } from '../api/problem';

/** The visible loading state every fetch shows. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-2 py-6 text-slate-600">
      <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-blue-700 border-t-transparent" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A clear message for a failed fetch, with a way to try again. */
export function Failure({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="my-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p>{messageOf(error)}</p>
      {retry && (
        <button type="button" onClick={retry} className="mt-2 rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
          Try again
        </button>
      )}
    </div>
  );
}

/**
 * Renders a query's states: loading, failure, data. Data already here wins over a failed
 * refetch (offline, the last answer is still the best one to show).
 */
export function QueryView<T>({ query, children, label }: { query: { isPending: boolean; error: unknown; data: T | undefined; refetch: () => unknown }; children: (data: T) => ReactNode; label?: string }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isPending && !query.error) return <Loading label={label} />;
  return <Failure error={query.error} retry={() => void query.refetch()} />;
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-bold text-slate-900">{children}</h1>;
}

export const buttonClass =
  'inline-flex items-center justify-center rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-60';
export const secondaryButtonClass =
  'inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-100 disabled:opacity-60';
export const inputClass = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700';
