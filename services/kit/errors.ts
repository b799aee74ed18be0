import { ZodError } from 'zod';

/** RFC 9457 problem details, with our stable machine `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

/** Every error the API answers with is one of these: a status and a stable code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const make =
  (status: number, defaultCode: string, defaultMessage: string) =>
  (message = defaultMessage, code = defaultCode, extra: Record<string, unknown> = {}) =>
    new AppError(status, code, message, extra);

export const BadRequest = make(400, 'bad_request', 'The request is not valid');
export const Unauthorized = make(401, 'unauthorized', 'Authentication is required');
export const Forbidden = make(403, 'forbidden', 'You are not allowed to do this');
export const NotFound = make(404, 'not_found', 'Not found');
export const Conflict = make(409, 'conflict', 'Conflict');
export const PayloadTooLarge = make(413, 'payload_too_large', 'The request body is too large');
export const UnsupportedMediaType = make(415, 'unsupported_media_type', 'Send application/json');
export const TooManyRequests = make(429, 'rate_limited', 'Too many requests');
export const Unavailable = make(503, 'unavailable', 'The service is not ready');

export class ValidationError extends AppError {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(400, 'validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** Turns a ZodError into field-named errors (`email: invalid email`). */
export function fromZod(err: ZodError, prefix?: string): ValidationError {
  const errors = err.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: base ? `${base}.${k}` : k, message: 'unknown field' }));
    }
    return [{ field: base || '(body)', message: issue.message }];
  });
  return new ValidationError(errors);
}

/** Postgres SQLSTATE codes we map; never match driver messages. */
const SQLSTATE: Record<string, (e: { constraint?: string }) => AppError> = {
  '23505': (e) => Conflict('A record with these values already exists', 'already_exists', { constraint: e.constraint }),
  '23503': () => Conflict('A referenced record does not exist', 'reference_missing'),
  '23514': () => BadRequest('A value is out of range', 'check_violation'),
  '22P02': () => BadRequest('A value has the wrong format', 'invalid_format'),
  '22003': () => BadRequest('A number is out of range', 'out_of_range'),
  '40001': () => Conflict('Concurrent update, please retry', 'serialization_failure'),
  '40P01': () => Conflict('Concurrent update, please retry', 'deadlock'),
  // Raised by a shard move's capture trigger (services/shards/capture.ts) while the row's range is frozen or has moved.
  AS503: () => Unavailable('This account is being moved to another database; retry in a second', 'shard_moving', { retryAfter: 1 }),
};

/** Maps anything thrown to an AppError; unknown errors become a 500 without internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return fromZod(err);
  const e = err as { code?: string; status?: number; type?: string; expose?: boolean; constraint?: string };
  if (typeof e?.code === 'string' && SQLSTATE[e.code]) return SQLSTATE[e.code](e);
  // Errors raised by body-parser / express carry a status and a type.
  if (e?.type === 'entity.too.large') return PayloadTooLarge();
  if (e?.type === 'entity.parse.failed') return BadRequest('The body is not valid JSON', 'malformed_json');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return UnsupportedMediaType('Unsupported body encoding');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose)
    return new AppError(e.status, 'bad_request', 'The request is not valid');
  return new AppError(500, 'internal', 'Something went wrong on our side');
}

export function toProblem(err: AppError, instance?: string): Problem {
  return {
    type: `https://docs.trendtactics.academy/problems/${err.code}`,
    title: err.message.split(';')[0],
    status: err.status,
    code: err.code,
    detail: err.message,
    ...(instance ? { instance } : {}),
    ...(err instanceof ValidationError ? { errors: err.errors } : {}),
    ...err.extra,
  };
}
