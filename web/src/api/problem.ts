import type { Problem } from '../../../services/kit/errors.ts';

/** An RFC 9457 problem as the academy sends it: the server's own type. */
export type { Problem };

/** A refused or failed API call, with the server's problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
  get code() {
    return this.problem.code;
  }
  /** A route this server does not have (yet): the API of another version. */
  get notAvailable() {
    return this.status === 404 && this.problem.code === 'route_not_found';
  }
}

/** A message for people, for any error a query or mutation threw. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.notAvailable) return 'This is not available on this server yet.';
    return err.problem.detail ?? err.problem.title;
  }
  return 'Something went wrong. Please try again.';
}
