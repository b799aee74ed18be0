import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, messageOf } from '../api/problem';

/**
 * Puts the server's problem+json next to the fields it names: `errors[].field` from validation,
 * and the codes that belong to one field (a taken email, a wrong password). Anything else is
 * the form's own message (`root.server`).
 */
export function showServerErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[], byCode: Record<string, Path<T>> = {}) {
  if (err instanceof ApiError) {
    let placed = false;
    for (const e of err.problem.errors ?? []) {
      const field = fields.find((f) => f === e.field || e.field.endsWith(`.${f}`));
      if (field) {
        setError(field, { type: 'server', message: e.message });
        placed = true;
      }
    }
    const field = byCode[err.code];
    if (field) {
      setError(field, { type: 'server', message: err.problem.detail ?? err.problem.title });
      placed = true;
    }
    if (placed) return;
  }
  setError('root.server' as Path<T>, { type: 'server', message: messageOf(err) });
}

/** A labelled input with its error below it, tied by aria-describedby. */
export function Field({ id, label, error, children, hint }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800" data-field-error={id}>
          {error}
        </p>
      )}
    </div>
  );
}

/** aria props of an input whose Field may show an error. */
export function describedBy(id: string, error?: string, hint?: string) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined } as const;
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}
