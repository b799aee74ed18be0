import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('safeNext', () => {
  it('keeps paths of this app', () => {
    expect(safeNext('/courses/getting-started')).toBe('/courses/getting-started');
    expect(safeNext('/admin?tab=users')).toBe('/admin?tab=users');
  });

  it('refuses anything that leaves the app', () => {
    for (const bad of ['https://evil.example', '//evil.example/path', '/\\evil.example', 'javascript:alert(1)', '', null]) expect(safeNext(bad)).toBe('/my');
  });
});
