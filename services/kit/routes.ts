import type { NextFunction, Request, Response, RequestHandler } from 'express';
import { runChain } from './chain.ts';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { fromZod, UnsupportedMediaType, ValidationError } from './errors.ts';
import { bodyNulFields, nulFields } from './input.ts';
import { utf8RawBody } from './json-body.ts';
import { documentRoute, registerProblem, type ProblemRef } from './route-doc.ts';
import type { RouteSpec } from './route-spec.ts';
import { authorize, requirePrincipal, requireService, type Principal, type Role } from './auth.ts';
import { Forbidden } from './errors.ts';
import type { Tenant } from './tenancy.ts';

export type { Access, RouteSpec } from './route-spec.ts';
import type { Access } from './route-spec.ts';

/** The caller a handler gets: always there when the route needs a signed-in user, maybe there otherwise. */
export type AuthFor<A extends Access> = A extends 'public' | 'service' ? Principal | undefined : Principal;

export interface RouteContext<B, Q, P, A extends Access = Access> {
  req: Request;
  res: Response;
  body: B;
  query: Q;
  params: P;
  tenant: Tenant;
  /** Present exactly when the route's access requires a signed-in user ('user' or roles). */
  auth: AuthFor<A>;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const Empty = z.object({});

/** Bodies a handler streams itself; a route that does not declare one refuses it (415). */
export const STREAMED_TYPES = ['multipart/form-data', 'application/offset+octet-stream'];

/** A request part by its schema (none: `{}`), or a 400 naming the fields. */
function parse(schema: z.ZodType | undefined, value: unknown, where?: string): unknown {
  if (!schema) return {};
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(r.error, where);
  return r.data;
}

/**
 * Declares routes once: the same zod schemas validate requests and describe them in OpenAPI, so
 * the document cannot drift. Every route runs authenticate -> authorize -> validate -> handler.
 */
export class RouteBook {
  /**
   * Routes by their first path segment (lower case), in the order they were declared: a request
   * looks up its segment once and tests only that service's routes, where an Express router would
   * walk a layer per section (and per middleware) before reaching them.
   */
  private readonly sections = new Map<string, CompiledRoute[]>();

  private readonly problem: ProblemRef;

  constructor(
    private readonly registry: OpenAPIRegistry,
    /** Roles as they are now; the token's roles are only what they were when it was issued. */
    private readonly currentRoles?: (tenantId: string, userId: string) => Role[] | Promise<Role[]>,
  ) {
    this.problem = registerProblem(registry);
  }

  add<B extends z.ZodType = typeof Empty, Q extends z.ZodType = typeof Empty, P extends z.ZodType = typeof Empty, A extends Access = Access>(
    spec: RouteSpec<B, Q, P, A>,
    handler: (c: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>, A>) => Promise<Reply | void> | Reply | void,
  ): void {
    documentRoute(this.registry, this.problem, spec);
    // Synchronous until something is asynchronous: a route whose roles are cached and whose
    // handler answers at once (the cached catalog, /users/me) costs no promise.
    const answer = (req: Request, res: Response, reply: Reply | void) => {
      if (res.headersSent) return;
      if (!reply) return void res.status(204).end();
      if (reply.headers) {
        // Express's res.set adds a charset to a content type; any other header is set as given.
        for (const name in reply.headers) {
          if (name.length === 12 && name.toLowerCase() === 'content-type') res.set(name, reply.headers[name]);
          else res.setHeader(name, reply.headers[name]!);
        }
      }
      if (reply.status !== undefined) res.status(reply.status);
      if (reply.body === undefined) res.end();
      else sendJson(req, res, reply.body);
    };
    const proceed = (req: Request, res: Response, next: NextFunction, auth: Principal | undefined) => {
      try {
        if (!auth?.apiKeyId && Array.isArray(spec.access)) authorize(requirePrincipal(res), ...(spec.access as Role[]));
        const streamed = spec.bodyContentType !== undefined && spec.bodyContentType !== 'application/json';
        // The common body (plain application/json, or none) is no streamed type: type-is not entered.
        const type = req.headers['content-type'];
        const sent = type === undefined || type === 'application/json' ? false : req.is(STREAMED_TYPES);
        if (sent && sent !== spec.bodyContentType) throw UnsupportedMediaType(`Send the body as ${spec.bodyContentType ?? 'application/json'}`, 'unsupported_media_type');
        let nul: string[] = [];
        if (spec.body && !streamed) nul = bodyNulFields(req.body ?? {}, utf8RawBody(req, res));
        if (spec.query) nul = nul.concat(nulFields(req.query, 'query'));
        if (spec.params) nul = nul.concat(nulFields(req.params, 'params'));
        if (nul.length) throw new ValidationError(nul.map((field) => ({ field, message: 'must not contain a NUL character' })));
        const ctx = {
          req,
          res,
          body: streamed || !spec.body ? {} : parse(spec.body, req.body ?? {}),
          query: spec.query ? parse(spec.query, req.query, 'query') : {},
          params: spec.params ? parse(spec.params, req.params, 'params') : {},
          tenant: res.locals.tenant!,
          auth,
        } as RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>, A>;
        const reply = handler(ctx);
        if (typeof (reply as PromiseLike<unknown> | undefined)?.then === 'function') Promise.resolve(reply).then((r) => answer(req, res, r)).catch(next);
        else answer(req, res, reply as Reply | void);
      } catch (err) {
        next(err);
      }
    };
    const run: RequestHandler = (req, res, next) => {
      try {
        if (spec.access === 'service') requireService(res);
        const auth = spec.access === 'public' || spec.access === 'service' ? res.locals.auth : requirePrincipal(res);
        if (auth?.apiKeyId) {
          // An integration's key: its scopes stand in for roles, and only routes that name one admit it.
          if (spec.access !== 'public' && !spec.scopes?.some((s) => auth.scopes?.includes(s))) {
            throw Forbidden(`This API key needs the scope ${spec.scopes?.join(' or ') || '(none: API keys may not call this route)'}`, 'api_key_scope');
          }
        } else if (auth && !auth.service && this.currentRoles && spec.access !== 'public') {
          // Roles as they are now, served from the profile cache without a promise when it holds the user.
          const roles = this.currentRoles(auth.tenantId, auth.userId);
          if (roles instanceof Promise) {
            roles.then((r) => proceed(req, res, next, (res.locals.auth = { ...auth, roles: r })), next);
            return;
          }
          return proceed(req, res, next, (res.locals.auth = { ...auth, roles }));
        }
        proceed(req, res, next, auth);
      } catch (err) {
        next(err);
      }
    };
    const route = compile(spec.method, spec.path, [...(spec.before ?? []), run]);
    route.label = '/api/v1' + spec.path;
    const key = firstSegment(spec.path);
    let section = this.sections.get(key);
    if (!section) this.sections.set(key, (section = []));
    section.push(route);
  }

  /**
   * The route for a method and a path under /api/v1, matched as Express would (case-insensitive,
   * an optional trailing slash, HEAD served by GET, the first declared wins), with its params
   * percent-decoded (a URIError, 400 malformed_path, when they cannot be).
   */
  find(method: string, path: string): { handlers: RequestHandler[]; params: Record<string, string>; label: string } | undefined {
    const section = this.sections.get(firstSegment(path));
    if (!section) return undefined;
    for (const r of section) {
      if (r.method !== method && !(method === 'HEAD' && r.method === 'GET')) continue;
      const m = r.regexp.exec(path);
      if (!m) continue;
      const params: Record<string, string> = Object.create(null);
      for (let i = 0; i < r.keys.length; i++) params[r.keys[i]!] = decodeURIComponent(m[i + 1]!);
      return { handlers: r.handlers, params, label: r.label };
    }
    return undefined;
  }

  /**
   * One middleware for everything under `mount` (/api/v1): runs `common` (tenancy, authentication,
   * rate limits ...) for every request there, as the API router did, then the route's own handlers
   * (before, validation + handler), with the route's pattern on res.locals.route; no route: on to the app's next layer (404).
   */
  dispatcher(mount: string, common: RequestHandler[]): RequestHandler {
    const prefix = mount.toLowerCase();
    return (req, res, next) => {
      const path = req.path;
      if (path.length < prefix.length || (path.length > prefix.length && path.charCodeAt(prefix.length) !== 47) || path.slice(0, prefix.length).toLowerCase() !== prefix) return next();
      runChain(common, req, res, (err) => {
        if (err) return next(err);
        let found: ReturnType<RouteBook['find']>;
        try {
          found = this.find(req.method, path.slice(prefix.length) || '/');
        } catch (e) {
          return next(e);
        }
        if (!found) return next();
        req.params = found.params;
        res.locals.route = found.label;
        if (found.handlers.length > 1) return runChain(found.handlers, req, res, next);
        try {
          found.handlers[0]!(req, res, next);
        } catch (e) {
          next(e);
        }
      });
    };
  }
}

interface CompiledRoute {
  /** Upper case, as in req.method. */
  method: string;
  regexp: RegExp;
  keys: string[];
  handlers: RequestHandler[];
  /** The route's pattern under /api/v1, for metrics (res.locals.route). */
  label: string;
}

const firstSegment = (path: string) => {
  const end = path.indexOf('/', 1);
  return (end < 0 ? path.slice(1) : path.slice(1, end)).toLowerCase();
};

/**
 * The pattern path-to-regexp 8 (Express 5's router) makes of a RouteBook path with its defaults
 * there (`sensitive: false`, `strict: false`, `end: true`): literal segments and `:name` params.
 */
function compile(method: string, path: string, handlers: RequestHandler[]): CompiledRoute {
  const keys: string[] = [];
  const source = path.replace(/:([A-Za-z_$][\w$]*)|([^:]+)/g, (_, name: string | undefined, literal: string | undefined) => {
    if (name) {
      keys.push(name);
      return '([^\\/]+)';
    }
    return literal!.replace(/[.+*?^${}()[\]|/\\]/g, '\\$&');
  });
  return { method: method.toUpperCase(), regexp: new RegExp(`^(?:${source})(?:\\/$)?$`, 'i'), keys, handlers, label: path };
}

/**
 * `res.json(value)` for the usual answer, written directly: the same bytes and headers Express 5
 * sends (`Content-Type: application/json; charset=utf-8`, `Content-Length`; no body for HEAD),
 * without its content-type parsing and freshness check. Anything else goes through Express: an
 * answer whose route set a content type, an ETag or Last-Modified (a 304 may be due), or a
 * 204/304.
 */
export function sendJson(req: Request, res: Response, value: unknown): void {
  const status = res.statusCode;
  if (status === 204 || status === 304 || res.hasHeader('content-type') || res.hasHeader('etag') || res.hasHeader('last-modified')) return void res.json(value);
  const body = JSON.stringify(value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}
