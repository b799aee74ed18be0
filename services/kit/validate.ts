import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { fromZod } from './errors.ts';

type Part = 'body' | 'query' | 'params';

/**
 * Parses one part of the request with a zod schema and stores the typed result on
 * `res.locals.<part>`; a failure is a 400 problem naming each field.
 */
export function validate<S extends z.ZodType>(schema: S, part: Part = 'body'): RequestHandler {
  return (req, res, next) => {
    const parsed = schema.safeParse(part === 'body' ? (req.body ?? {}) : req[part]);
    if (!parsed.success) return next(fromZod(parsed.error, part === 'body' ? undefined : part));
    res.locals[part] = parsed.data;
    next();
  };
}

/** The validated body/query/params of a request, typed by its schema. */
export function input<S extends z.ZodType>(res: { locals: Record<string, unknown> }, _schema: S, part: Part = 'body'): z.infer<S> {
  return res.locals[part] as z.infer<S>;
}
