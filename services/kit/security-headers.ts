import helmet, { type HelmetOptions } from 'helmet';
import type { RequestHandler } from 'express';

/** helmet's options for every academy process (kit/app.ts). */
export function helmetOptions(production: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'https:'],
        // Plain-http local use must not have its requests upgraded to https.
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    strictTransportSecurity: production,
  };
}

/** What a middleware did to a response's headers, in order: set (name, value) or removed (name). */
type HeaderOp = readonly [name: string, value: string | number | readonly string[]] | readonly [name: string];

/**
 * helmet's headers, computed once: helmet's own middleware is run at start-up against a recording
 * response and the answer replays what it did (the same names, values and order) with one loop of
 * `setHeader` per request, instead of helmet's chain of thirteen middleware per request. Our
 * options have no per-request values (no CSP nonce: a directive given as a function would make
 * the recording wrong, so one is refused here).
 */
export function staticHelmet(options: HelmetOptions): RequestHandler {
  const csp = options.contentSecurityPolicy;
  if (csp && typeof csp === 'object' && Object.values(csp.directives ?? {}).some((v) => typeof v === 'function' || (Array.isArray(v) && v.some((x) => typeof x === 'function')))) {
    throw new Error('staticHelmet: a CSP directive computed per request cannot be precomputed; use helmet() itself');
  }
  const ops = record(helmet(options));
  return (_req, res, next) => {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      if (op.length === 2) res.setHeader(op[0], op[1]);
      else res.removeHeader(op[0]);
    }
    next();
  };
}

function record(middleware: RequestHandler): HeaderOp[] {
  const ops: HeaderOp[] = [];
  let failed: unknown;
  const res = {
    // Names in lower case: Node lower-cases every name it stores, and a name already in lower case costs no new string.
    setHeader(name: string, value: string | number | readonly string[]) {
      ops.push([name.toLowerCase(), value]);
      return res;
    },
    removeHeader(name: string) {
      ops.push([name.toLowerCase()]);
    },
  };
  let done = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as never, res as never, (err?: unknown) => {
    failed = err;
    done = true;
  });
  if (!done || failed) throw new Error(`staticHelmet: helmet did not finish synchronously (${String(failed)})`);
  return ops;
}
