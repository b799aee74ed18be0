import { describe, expect, it } from 'vitest';
import { nulFields } from './input.ts';

describe('nulFields', () => {
  it('names every string and key holding a NUL, with its path', () => {
    const body = { title: 'a\u0000b', ok: 'fine', modules: [{ lessons: [{ title: 'x' }, { title: '\u0000' }] }], ['k\u0000']: 1 };
    expect(nulFields(body)).toEqual(['title', 'modules.0.lessons.1.title', 'k\\u0000']);
    expect(nulFields({ q: '\u0000' }, 'query')).toEqual(['query.q']);
    expect(nulFields('\u0000')).toEqual(['(body)']);
  });
  it('passes clean input of any shape', () => {
    expect(nulFields({ a: [1, true, null, { b: 'c' }], d: 'e' })).toEqual([]);
  });
  it('walks deep nesting without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulFields(deep)).toHaveLength(1);
  });
});
