import { Router, type Request, type Response, type RequestHandler } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { fromZod, UnsupportedMediaType, ValidationError } from './errors.ts';
import { nulFields } from './input.ts';
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

/**
 * Declares routes once: the same zod schemas validate requests and describe them in OpenAPI, so
 * the document cannot drift. Every route runs authenticate -> authorize -> validate -> handler.
 */
export class RouteBook {
  readonly router = Router();
  /** One sub-router per first path segment, so a request scans only its own service's routes. */
  private sections = new Map<string, Router>();

  private readonly problem: ProblemRef;

  constructor(
    private readonly registry: OpenAPIRegistry,
    /** Roles as they are now; the token's roles are only what they were when it was issued. */
    private readonly currentRoles?: (tenantId: string, userId: string) => Promise<Role[]>,
  ) {
    this.problem = registerProblem(registry);
  }

  add<B extends z.ZodType = typeof Empty, Q extends z.ZodType = typeof Empty, P extends z.ZodType = typeof Empty, A extends Access = Access>(
    spec: RouteSpec<B, Q, P, A>,
    handler: (c: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>, A>) => Promise<Reply | void> | Reply | void,
  ): void {
    documentRoute(this.registry, this.problem, spec);
    const run: RequestHandler = async (req, res, next) => {
      try {
        if (spec.access === 'service') requireService(res);
        let auth = spec.access === 'public' || spec.access === 'service' ? res.locals.auth : requirePrincipal(res);
        if (auth?.apiKeyId) {
          // An integration's key: its scopes stand in for roles, and only routes that name one admit it.
          if (spec.access !== 'public' && !spec.scopes?.some((s) => auth!.scopes?.includes(s))) {
            throw Forbidden(`This API key needs the scope ${spec.scopes?.join(' or ') || '(none: API keys may not call this route)'}`, 'api_key_scope');
          }
        } else {
          if (auth && !auth.service && this.currentRoles && spec.access !== 'public') {
            auth = { ...auth, roles: await this.currentRoles(auth.tenantId, auth.userId) };
            res.locals.auth = auth;
          }
          if (Array.isArray(spec.access)) authorize(requirePrincipal(res), ...(spec.access as Role[]));
        }
        const streamed = spec.bodyContentType !== undefined && spec.bodyContentType !== 'application/json';
        const sent = req.is(STREAMED_TYPES);
        if (sent && sent !== spec.bodyContentType) throw UnsupportedMediaType(`Send the body as ${spec.bodyContentType ?? 'application/json'}`, 'unsupported_media_type');
        const nul = [
          ...(spec.body && !streamed ? nulFields(req.body ?? {}) : []),
          ...(spec.query ? nulFields(req.query, 'query') : []),
          ...(spec.params ? nulFields(req.params, 'params') : []),
        ];
        if (nul.length) throw new ValidationError(nul.map((field) => ({ field, message: 'must not contain a NUL character' })));
        const parse = <S extends z.ZodType | undefined>(schema: S, value: unknown, where?: string) => {
          if (!schema) return {};
          const r = schema.safeParse(value);
          if (!r.success) throw fromZod(r.error, where);
          return r.data;
        };
        const ctx = {
          req,
          res,
          body: streamed ? {} : parse(spec.body, req.body ?? {}),
          query: parse(spec.query, req.query, 'query'),
          params: parse(spec.params, req.params, 'params'),
          tenant: res.locals.tenant!,
          auth,
        } as RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>, A>;
        const reply = await handler(ctx);
        if (res.headersSent) return;
        if (!reply) return void res.status(204).end();
        if (reply.headers) res.set(reply.headers);
        res.status(reply.status ?? 200);
        if (reply.body === undefined) res.end();
        else res.json(reply.body);
      } catch (err) {
        next(err);
      }
    };
    const label: RequestHandler = (_req, res, next) => {
      res.locals.route = '/api/v1' + spec.path;
      next();
    };
    const [, first, rest] = /^(\/[^/:]+)(\/.*)?$/.exec(spec.path) ?? [];
    if (!first) return void this.router[spec.method](spec.path, label, ...(spec.before ?? []), run);
    let section = this.sections.get(first);
    if (!section) {
      section = Router({ mergeParams: true });
      this.sections.set(first, section);
      this.router.use(first, section);
    }
    section[spec.method](rest ?? '/', label, ...(spec.before ?? []), run);
  }
}
