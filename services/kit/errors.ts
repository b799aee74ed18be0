import { ZodError } from 'zod';
import { ERROR_CATALOGUE, type CodeOf, type ErrorCode } from './error-catalogue.ts';
import { ForeignIdError } from './db/ids.ts';
import { KeyValueUnavailableError } from './redis/port.ts';

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

/** Every error the API answers with is one of these: a status and a stable code from the catalogue. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].title,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** An error of the catalogue: `fail('course_managed', 'This course is managed by …', { managedBy })`. */
export const fail = (code: ErrorCode, message?: string, extra?: Record<string, unknown>) => new AppError(code, message, extra);

const make =
  <S extends number>(defaultCode: CodeOf<S>) =>
  (message?: string, code: CodeOf<S> = defaultCode, extra: Record<string, unknown> = {}) =>
    new AppError(code, message, extra);

export const BadRequest = make<400>('bad_request');
export const Unauthorized = make<401>('unauthorized');
export const Forbidden = make<403>('forbidden');
export const NotFound = make<404>('not_found');
export const Conflict = make<409>('conflict');
export const PayloadTooLarge = make<413>('payload_too_large');
export const UnsupportedMediaType = make<415>('unsupported_media_type');
export const TooManyRequests = make<429>('rate_limited');
export const Unavailable = make<503>('unavailable');

export class ValidationError extends AppError {
  constructor(readonly errors: { field: string; message: string }[]) {
    super('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '));
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
  '22001': () => BadRequest('A value is too long for its field', 'value_too_long'),
  '22021': () => BadRequest('A text contains a character the database cannot store (NUL)', 'invalid_text'),
  '22P05': () => BadRequest('A text contains a character the database cannot store (NUL)', 'invalid_text'),
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
  // Class 22 is "data exception": the value sent, not the server, is wrong (bad date, bad
  // escape, overflow...). Whatever the validation let through, it is the client's 400.
  if (typeof e?.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return BadRequest('A value is not valid for its field', 'invalid_value');
  // Redis is down and this use of it declared no fallback: a retryable 503, never a 500.
  if (err instanceof KeyValueUnavailableError) return Unavailable('A backing service is unavailable; retry shortly', 'redis_unavailable', { retryAfter: 5 });
  // An id from outside that we never minted (not v7, or a shard outside the map): nothing is there.
  if (err instanceof ForeignIdError) return NotFound('Not found', 'not_found');
  // The router could not percent-decode a path parameter (`/courses/%FF`).
  if (err instanceof URIError) return BadRequest('The path is not validly percent-encoded', 'malformed_path');
  // Errors raised by body-parser / express carry a status and a type.
  if (e?.type === 'entity.too.large') return PayloadTooLarge();
  if (e?.type === 'entity.parse.failed') return BadRequest('The body is not valid JSON', 'malformed_json');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return UnsupportedMediaType('Unsupported body encoding');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose)
    return BadRequest();
  return fail('internal');
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
