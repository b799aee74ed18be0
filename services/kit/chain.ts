import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs middleware in order as an Express router does: `next(err)`, a throw or a rejected promise
 * stops the chain with the error; `next('route')` ends it; the end of the chain calls `done()`.
 * One closure per run, no router layers to walk.
 */
export function runChain(handlers: readonly RequestHandler[], req: Request, res: Response, done: NextFunction): void {
  let i = 0;
  const step = (err?: unknown) => {
    if (err !== undefined && err !== null && err !== 'route') return done(err);
    const handler = handlers[i++];
    if (!handler || err === 'route') return done();
    try {
      const r = handler(req, res, step) as unknown;
      if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, (e: unknown) => step(e ?? new Error('Rejected promise')));
    } catch (e) {
      step(e);
    }
  };
  step();
}

/** Several middleware as one (one Express layer instead of one each). */
export function chain(...handlers: RequestHandler[]): RequestHandler {
  return (req, res, next) => runChain(handlers, req, res, next);
}
