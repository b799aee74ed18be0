import express, { type Request, type RequestHandler, type Response } from 'express';
import bytes from 'bytes';

/** Media types read as JSON (anything else with a body is refused before this, kit/app.ts). */
export const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * The JSON body parser of every write: `express.json` (body-parser), with the common request read
 * directly. A request is common when its Content-Type is `application/json` (with at most
 * `charset=utf-8`), it is not compressed and it declares a Content-Length within the limit: a
 * player's heartbeat, a form, an API call. Everything else (a `+json` type, another charset, a
 * compressed or chunked body, one over the limit) goes to body-parser, which answers it as before.
 *
 * Why: for a heartbeat's 40-byte body, body-parser parses the media type twice, sets up raw-body's
 * five listeners and async scope, looks up the charset and decodes through iconv-lite; reading it
 * here took ~305 to ~270 µs of server CPU per heartbeat in profiling runs, and 1.08-1.11 x
 * heartbeats/s in A/B (docs/benchmarks.md, "a reader for small JSON bodies"). The common case reads the
 * same: the same limit, the same strict first character, an empty body as `{}`, a byte-order mark
 * dropped, bytes that are not UTF-8 replaced as iconv-lite does, and its failures carry
 * body-parser's error types (`entity.parse.failed`, `request.aborted`),
 * which kit/errors.ts turns into the same problems. json-body.test.ts sends both parsers the same
 * requests and compares the answers.
 *
 * The bytes as sent are kept on res.locals.rawBody either way (signature checks: the Stripe
 * webhook).
 */
export function jsonBody(limit: string): RequestHandler {
  const max = bytes.parse(limit);
  if (max === null) throw new Error(`Not a size: ${limit}`);
  const general = express.json({ limit, strict: true, type: JSON_TYPES, verify: (_req, res, buf) => void ((res as Response).locals.rawBody = buf) });
  return (req, res, next) => {
    if (commonLength(req, max) < 0) return general(req, res, next);
    readCommon(req, res, next);
  };
}

/** The declared length of a common JSON request (above), or -1. */
export function commonLength(req: Pick<Request, 'headers'>, max: number): number {
  const h = req.headers;
  const type = h['content-type'];
  if (type !== 'application/json' && !(type !== undefined && PLAIN_JSON.test(type))) return -1;
  if (h['content-encoding'] !== undefined && h['content-encoding'].toLowerCase() !== 'identity') return -1;
  const declared = h['content-length'];
  if (declared === undefined || h['transfer-encoding'] !== undefined || !DIGITS.test(declared)) return -1;
  const length = Number(declared);
  return length <= max ? length : -1;
}

const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The JSON body's bytes as sent (after any content decoding) when they are UTF-8: a plain
 * `application/json` request, with at most `charset=utf-8` (body-parser's default). Another
 * charset (body-parser accepts any `utf-*`, e.g. UTF-16) or type: undefined.
 */
export function utf8RawBody(req: Pick<Request, 'headers'>, res: Response): Buffer | undefined {
  const type = req.headers['content-type'];
  return type === 'application/json' || (type !== undefined && PLAIN_JSON.test(type)) ? res.locals.rawBody : undefined;
}
const DIGITS = /^\d{1,15}$/;

/**
 * Reads the body to its end. Node's HTTP parser delivers exactly the declared Content-Length
 * before 'end' (a shorter body ends in 'error' when the client goes), so no size check is left here.
 */
function readCommon(req: Request, res: Response, next: (err?: unknown) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    chunks.push(chunk);
  };
  const onEnd = () => {
    cleanup();
    const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    res.locals.rawBody = raw;
    try {
      req.body = parseStrict(raw);
    } catch (err) {
      return next(err);
    }
    next();
  };
  const onError = () => {
    cleanup();
    next(bodyError('request aborted', 'request.aborted'));
  };
  const cleanup = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}

/** body-parser's strict JSON: an object or an array (leading whitespace allowed), empty as `{}`. */
export function parseStrict(raw: Buffer): unknown {
  let text = raw.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  let first = text.charCodeAt(0);
  if (first !== 0x7b && first !== 0x5b) {
    first = text.trimStart().charCodeAt(0);
    if (first !== 0x7b && first !== 0x5b) throw bodyError('Unexpected token in JSON: the body must be an object or an array', 'entity.parse.failed');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw bodyError((err as Error).message, 'entity.parse.failed');
  }
}

/** An error as body-parser raises it: a 400 the client may see, with its type. */
function bodyError(message: string, type: string): Error {
  return Object.assign(new Error(message), { status: 400, statusCode: 400, expose: true, type });
}
