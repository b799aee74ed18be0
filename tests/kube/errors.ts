/**
 * Kubernetes `Status` failures, shaped and worded as kube-apiserver sends them, so that kubectl and
 * client libraries print and classify them the same way.
 */
import type { ResourceType } from './types.ts';

export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface StatusObject {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: { name?: string; group?: string; kind?: string; uid?: string; causes?: StatusCause[]; retryAfterSeconds?: number };
  code: number;
}

/** A failure answered with an HTTP status and a `Status` body. */
export class ApiError extends Error {
  /** `headers`: extra response headers (a 429's `Retry-After`). */
  constructor(
    readonly status: StatusObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(status.message);
  }
  get code(): number {
    return this.status.code;
  }
}

function failure(code: number, reason: string, message: string, details?: StatusObject['details']): ApiError {
  return new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code });
}

/** `configmaps` for core resources, `tenants.academy.trendtactics.io` otherwise: kube's qualified resource. */
export function qualifiedResource(rt: Pick<ResourceType, 'group' | 'plural'>): string {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

export function notFound(rt: Pick<ResourceType, 'group' | 'plural'>, name: string): ApiError {
  return failure(404, 'NotFound', `${qualifiedResource(rt)} "${name}" not found`, { name, group: rt.group || undefined, kind: rt.plural });
}

export function pathNotFound(): ApiError {
  return failure(404, 'NotFound', 'the server could not find the requested resource', {});
}

export function alreadyExists(rt: Pick<ResourceType, 'group' | 'plural'>, name: string): ApiError {
  return failure(409, 'AlreadyExists', `${qualifiedResource(rt)} "${name}" already exists`, { name, group: rt.group || undefined, kind: rt.plural });
}

export function conflict(rt: Pick<ResourceType, 'group' | 'plural'>, name: string, why = 'the object has been modified; please apply your changes to the latest version and try again'): ApiError {
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(rt)} "${name}": ${why}`, {
    name,
    group: rt.group || undefined,
    kind: rt.plural,
  });
}

export function badRequest(message: string): ApiError {
  return failure(400, 'BadRequest', message);
}

export function forbidden(rt: Pick<ResourceType, 'group' | 'plural'>, name: string, why: string): ApiError {
  return failure(403, 'Forbidden', `${qualifiedResource(rt)} "${name}" is forbidden: ${why}`, { name, group: rt.group || undefined, kind: rt.plural });
}

export function methodNotAllowed(): ApiError {
  return failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}

export function unsupportedMediaType(type: string, accepted: string[]): ApiError {
  return failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format (${type}) - accepted media types include: ${accepted.join(', ')}`);
}

export function gone(message = 'too old resource version'): ApiError {
  return failure(410, 'Expired', message);
}

export function internalError(message: string): ApiError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`);
}

/** One invalid field, as `field.ErrorList` entries are in kube-apiserver. */
export interface FieldError {
  /** `spec.scaling.minReplicas`, `spec.domains[0]` */
  field: string;
  /** The cause reason: FieldValueInvalid, FieldValueRequired, FieldValueNotSupported, ... */
  reason: string;
  /** What kube prints after the field: `Required value`, `Invalid value: 0: must be ...`. */
  detail: string;
}

const reasonText: Record<string, string> = {
  FieldValueRequired: 'Required value',
  FieldValueForbidden: 'Forbidden',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueInvalid: 'Invalid value',
  FieldValueTypeInvalid: 'Invalid value',
};

/** Renders a value the way kube's field errors quote it: strings quoted, objects as their type. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return '"array"';
  if (value !== null && typeof value === 'object') return '"object"';
  return String(value);
}

export function fieldError(field: string, reason: string, detail?: string, value?: unknown): FieldError {
  const head = reasonText[reason] ?? 'Invalid value';
  const valuePart = value === undefined ? '' : `: ${quoteValue(value)}`;
  return { field, reason, detail: detail === undefined ? `${head}${valuePart}` : `${head}${valuePart}: ${detail}` };
}

/** 422 Invalid with one cause per field error; message `Kind.group "name" is invalid: field: detail`. */
export function invalid(kind: string, group: string, name: string, errors: FieldError[]): ApiError {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const parts = errors.map((e) => (e.field ? `${e.field}: ${e.detail}` : e.detail));
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, {
    name,
    group: group || undefined,
    kind,
    causes: errors.map((e) => ({ reason: e.reason, message: e.detail, field: e.field })),
  });
}
