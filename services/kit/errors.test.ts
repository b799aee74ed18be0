import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZod, toAppError, toProblem } from './errors.ts';

describe('errors', () => {
  it('maps Postgres SQLSTATE codes, never messages', () => {
    expect(toAppError({ code: '23505', message: 'whatever' }).status).toBe(409);
    expect(toAppError({ code: '22P02' }).status).toBe(400);
    expect(toAppError({ code: 'XX000', message: 'duplicate key value' }).status).toBe(500);
  });
  it('answers 400 for every data exception (SQLSTATE class 22) and undecodable paths', () => {
    for (const code of ['22021', '22P05', '22001', '22007', '22008', '2201B', '22023']) expect(toAppError({ code }).status, code).toBe(400);
    expect(toAppError({ code: '22021' }).code).toBe('invalid_text');
    expect(toAppError({ code: 'ECONNREFUSED' }).status).toBe(500);
    let uriError: unknown;
    try {
      decodeURIComponent('%FF');
    } catch (e) {
      uriError = e;
    }
    expect(toAppError(uriError)).toMatchObject({ status: 400, code: 'malformed_path' });
  });
  it('hides internals of unknown errors', () => {
    const p = toProblem(toAppError(new Error('password=hunter2 at db.ts:12')));
    expect(p).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });
  it('names fields of zod failures, including unknown ones', () => {
    const r = z.strictObject({ email: z.email({ message: 'invalid email' }) }).safeParse({ email: 'x', extra: 1 });
    const e = fromZod(r.error!);
    expect(e.errors).toEqual([{ field: 'email', message: 'invalid email' }, { field: 'extra', message: 'unknown field' }]);
  });
});
