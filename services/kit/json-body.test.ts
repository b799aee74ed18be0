import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { type ErrorRequestHandler } from 'express';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { commonLength, jsonBody, JSON_TYPES } from './json-body.ts';
import { toAppError, toProblem } from './errors.ts';

// The common JSON request is read by kit/json-body.ts, everything else by body-parser: both must
// answer every request alike. Two apps, one per parser, get the same bytes; their answers (the
// parsed body, the raw bytes kept, or the problem) must be the same.
const LIMIT = '2kb';

function app(parser: express.RequestHandler, errors: string[]) {
  const a = express();
  a.post('/echo', parser, (req, res) => void res.json({ body: req.body, raw: (res.locals.rawBody as Buffer | undefined)?.toString('base64') ?? null }));
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    errors.push(String(err.type));
    const e = toAppError(err);
    res.status(e.status).json(toProblem(e));
  };
  a.use(onError);
  return a;
}

interface Answer {
  status: number;
  body: unknown;
}

function send(port: number, headers: Record<string, string>, parts: Buffer[], opts: { abort?: boolean } = {}): Promise<Answer | 'aborted'> {
  return new Promise((resolve, reject) => {
    const req = request({ port, method: 'POST', path: '/echo', headers, host: '127.0.0.1' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', (err) => (opts.abort ? resolve('aborted') : reject(err)));
    for (const p of parts) req.write(p);
    if (opts.abort) setTimeout(() => req.destroy(), 50);
    else req.end();
  });
}

const servers: Server[] = [];
const ours: string[] = [];
const theirs: string[] = [];
let common = 0;
let reference = 0;

beforeAll(async () => {
  const listen = (a: express.Express) =>
    new Promise<number>((resolve) => {
      const s = a.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
      servers.push(s);
    });
  common = await listen(app(jsonBody(LIMIT), ours));
  const bodyParser = express.json({ limit: LIMIT, strict: true, type: JSON_TYPES, verify: (_req, res, buf) => void ((res as express.Response).locals.rawBody = buf) });
  reference = await listen(app(bodyParser, theirs));
});
afterAll(() => servers.forEach((s) => s.close()));

const json = (text: string | Buffer, type = 'application/json', extra: Record<string, string> = {}) => {
  const b = typeof text === 'string' ? Buffer.from(text) : text;
  return { headers: { 'content-type': type, 'content-length': String(b.length), ...extra }, parts: [b] };
};

const cases: Record<string, { headers: Record<string, string>; parts: Buffer[] }> = {
  'an object': json('{"positionSeconds":12.5,"clientTs":1764800000000}'),
  'an array': json('[1,2,{"a":null}]'),
  'charset=utf-8': json('{"a":"é"}', 'application/json; charset=utf-8'),
  'the type in another case, charset quoted': json('{"a":1}', 'Application/JSON; Charset="UTF-8"'),
  'a byte-order mark': json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')])),
  'an empty body': json(''),
  'leading whitespace': json(' \n\t{"a":1}'),
  'a string (strict)': json('"text"'),
  'null (strict)': json('null'),
  'whitespace only': json('   '),
  'malformed JSON': json('{"a":'),
  'bytes that are not UTF-8': json(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
  'a NUL in a string': json('{"a":"x\\u0000y"}'),
  'over the limit': json(`{"a":"${'x'.repeat(3000)}"}`),
  'at the limit, in many chunks': { headers: { 'content-type': 'application/json', 'content-length': '2048' }, parts: chunked(`{"a":"${'y'.repeat(2048 - 8)}"}`, 100) },
  'gzip-compressed': json(gzipSync('{"a":"zipped"}'), 'application/json', { 'content-encoding': 'gzip' }),
  'an unknown content encoding': json('{"a":1}', 'application/json', { 'content-encoding': 'snappy' }),
  'content-encoding identity': json('{"a":1}', 'application/json', { 'content-encoding': 'identity' }),
  'chunked (no length)': { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, parts: chunked('{"a":[1,2,3]}', 4) },
  'a +json type': json('{"a":1}', 'application/vnd.api+json'),
  'charset latin1': json('{"a":1}', 'application/json; charset=latin1'),
  'another type (not parsed)': json('{"a":1}', 'text/plain'),
};

function chunked(text: string, size: number): Buffer[] {
  const b = Buffer.from(text);
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

describe('jsonBody: the common JSON request read directly, everything else by body-parser, answered alike', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, async () => {
      const [a, b] = await Promise.all([send(common, c.headers, c.parts), send(reference, c.headers, c.parts)]);
      expect(a).toEqual(b);
    });
  }

  it('reads the common requests itself and leaves the others to body-parser', () => {
    const mine = Object.entries(cases)
      .filter(([, c]) => commonLength({ headers: c.headers }, 2048) >= 0)
      .map(([name]) => name);
    expect(mine).toEqual([
      'an object', 'an array', 'charset=utf-8', 'the type in another case, charset quoted', 'a byte-order mark', 'an empty body', 'leading whitespace',
      'a string (strict)', 'null (strict)', 'whitespace only', 'malformed JSON', 'bytes that are not UTF-8', 'a NUL in a string', 'at the limit, in many chunks', 'content-encoding identity',
    ]);
  });

  it('reads what it should: the parsed body and the bytes as sent', async () => {
    const r = (await send(common, json('{"a":1}').headers, json('{"a":1}').parts)) as Answer;
    expect(r).toEqual({ status: 200, body: { body: { a: 1 }, raw: Buffer.from('{"a":1}').toString('base64') } });
    const bad = (await send(common, json('{"a":').headers, json('{"a":').parts)) as Answer;
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'malformed_json' });
    const big = cases['over the limit']!;
    expect(((await send(common, big.headers, big.parts)) as Answer).status).toBe(413);
  });

  it('a body cut short by the client is the same error for both, and the server goes on answering', async () => {
    ours.length = theirs.length = 0;
    const headers = { 'content-type': 'application/json', 'content-length': '100' };
    const part = [Buffer.from('{"a":"only part of it')];
    expect(await send(common, headers, part, { abort: true })).toBe('aborted');
    expect(await send(reference, headers, part, { abort: true })).toBe('aborted');
    await new Promise((r) => setTimeout(r, 50));
    expect(ours).toEqual(['request.aborted']);
    expect(theirs).toEqual(['request.aborted']);
    const c = cases['an object']!;
    expect(((await send(common, c.headers, c.parts)) as Answer).status).toBe(200);
  });
});
