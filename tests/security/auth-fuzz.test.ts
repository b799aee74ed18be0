import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestAcademy, type TestAcademy } from '../support/academy.ts';

let academy: TestAcademy;
beforeAll(async () => {
  academy = await startTestAcademy({ seed: true });
});
afterAll(() => academy?.stop());

/** Bodies of every JSON shape, plus near-misses of the real ones. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const nearMiss = fc.record(
  {
    email: fc.oneof(fc.emailAddress(), fc.string(), fc.integer(), fc.constant(null)),
    password: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.array(fc.string())),
    name: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(''), fc.object()),
    totp: fc.oneof(fc.string(), fc.nat()),
    refreshToken: fc.oneof(fc.string({ maxLength: 250 }), fc.uuid().map((u) => `${u}.${'A'.repeat(43)}`)),
  },
  { requiredKeys: [] },
);
const rawText = fc.oneof(fc.string(), fc.constantFrom('{', '[', '{"a":', 'null', '"x"', '1e999', '{"__proto__":{"x":1}}'));

describe('random bodies to the auth routes', () => {
  for (const route of ['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout', '/api/v1/auth/mfa/enable']) {
    it(`${route} answers 4xx (or success) and never 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyJson, nearMiss, rawText), async (body) => {
          const res = await academy.api.post(route, typeof body === 'string' ? body : JSON.stringify(body));
          expect(res.status, `${route} ${JSON.stringify(body)} -> ${res.text}`).toBeLessThan(500);
          if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        }),
        { numRuns: 60 },
      );
    });
  }
});
