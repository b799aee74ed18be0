import type { RequestHandler } from 'express';
import type { z } from 'zod';
import type { ApiKeyScope, Role } from './auth.ts';
import type { ErrorCode } from './error-catalogue.ts';

/** Media types a route may take its body in; all but JSON are streamed by the handler. */
export type BodyContentType = 'application/json' | 'multipart/form-data' | 'application/offset+octet-stream';

export type Method = 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, any signed-in user, these roles, or another service (SERVICE_TOKEN). */
export type Access = 'public' | 'user' | 'service' | Role[];

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, A extends Access = Access> {
  method: Method;
  /** Express path under /api/v1, e.g. `/users/:id`. */
  path: string;
  summary: string;
  tags: string[];
  access: A;
  /**
   * API-key scopes this route accepts (besides its access for users): an `ak_…` key holding one of
   * them may call it; a key without one gets 403 api_key_scope. None: no API key may call it.
   */
  scopes?: ApiKeyScope[];
  body?: B;
  /**
   * The body's media type in the document. `multipart/form-data` and `application/offset+octet-stream`
   * (a tus PATCH): the handler streams the body itself (uploads), `body` only documents it.
   * @default application/json
   */
  bodyContentType?: BodyContentType;
  query?: Q;
  params?: P;
  /** Extra middleware before validation (e.g. a stricter rate limit). */
  before?: RequestHandler[];
  /** Documented responses: status -> description, optional schema (with its media type when not JSON: `text/csv`) and the headers it sets (ETag…). */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string; headers?: Record<string, { description: string; schema: Record<string, unknown> }> }>;
  /** The error codes this route can answer with beyond those its declaration implies (route-doc.ts). */
  errors?: ErrorCode[];
  /** @default derived from method and path (`getCoursesByRef`) */
  operationId?: string;
  /** @default the summary */
  description?: string;
  /** Request headers it reads, besides X-Tenant and Authorization (`X-CSRF-Token`). */
  headers?: Record<string, z.ZodType>;
  /** Cookies it reads (the web's refresh cookie). */
  cookies?: Record<string, z.ZodType>;
}

