import { describe, expect, it } from 'vitest';
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
// Express 5's router matches with path-to-regexp 8: RouteBook's look-up must agree with it.
import { match } from 'path-to-regexp';
import { RouteBook } from './routes.ts';
import type { Method } from './route-spec.ts';

function book(routes: [Method, string][]): RouteBook {
  const b = new RouteBook(new OpenAPIRegistry());
  for (const [method, path] of routes) b.add({ method, path, summary: `${method} ${path}`, tags: [], access: 'public', responses: { 200: { description: 'ok' } } }, () => ({ body: path }));
  return b;
}
/** Which declaration answers: its index in `routes`, or -1. */
function which(b: RouteBook, routes: [Method, string][], method: string, path: string): number {
  const found = b.find(method, path);
  if (!found) return -1;
  // The handlers array is the route's own (label, before..., run): find it by identity.
  const all = routes.map(([m, p]) => b.find(m.toUpperCase(), p.replace(/:\w+/g, 'x'))?.handlers);
  return all.indexOf(found.handlers);
}

describe('RouteBook.find (one look-up by first segment instead of the router walk)', () => {
  const routes: [Method, string][] = [
    ['get', '/users/me'],
    ['get', '/users/:id'],
    ['patch', '/users/me'],
    ['get', '/courses/:id/draft'],
    ['get', '/auth/.well-known/jwks.json'],
    ['get', '/lessons/:lessonId/questions/:index'],
  ];
  const b = book(routes);

  it('matches as Express 5 does: case-insensitive, an optional trailing slash, the first declared wins, HEAD by GET', () => {
    expect(which(b, routes, 'GET', '/users/me')).toBe(0);
    expect(which(b, routes, 'GET', '/USERS/Me/')).toBe(0);
    expect(which(b, routes, 'HEAD', '/users/me')).toBe(0);
    expect(which(b, routes, 'PATCH', '/users/me')).toBe(2);
    expect(which(b, routes, 'GET', '/users/42')).toBe(1);
    expect(which(b, routes, 'DELETE', '/users/42')).toBe(-1);
    expect(which(b, routes, 'GET', '/users//me')).toBe(-1);
    expect(which(b, routes, 'GET', '/users/me/x')).toBe(-1);
    expect(which(b, routes, 'GET', '/auth/.well-known/jwks.json')).toBe(4);
    expect(which(b, routes, 'GET', '/auth/Xwell-known/jwks.json')).toBe(-1);
    expect(which(b, routes, 'GET', '/nothing')).toBe(-1);
  });

  it('percent-decodes params, and a path it cannot decode is a URIError (400 malformed_path)', () => {
    expect(b.find('GET', '/lessons/a%20b/questions/3')?.params).toEqual({ lessonId: 'a b', index: '3' });
    expect(b.find('GET', '/courses/x.y/draft')?.params).toEqual({ id: 'x.y' });
    expect(() => b.find('GET', '/users/%FF')).toThrow(URIError);
  });

  it("agrees with path-to-regexp 8 (Express 5's matcher) on every probe", () => {
    const probes = ['/users/me', '/Users/ME/', '/users/a%2Fb', '/users/', '/users', '/courses/c/draft', '/courses/c/draft/', '/courses//draft', '/auth/.well-known/jwks.json', '/lessons/1/questions/2/', '/lessons/1/questions', '/x'];
    for (const [method, path] of routes) {
      const express = match(path, { decode: decodeURIComponent, end: true, trailing: true, sensitive: false });
      const single = book([[method, path]]);
      for (const probe of probes) {
        const e = express(probe);
        expect(single.find(method.toUpperCase(), probe)?.params ?? null, `${path} ${probe}`).toEqual(e ? { ...e.params } : null);
      }
    }
  });
});
