import { describe, expect, it } from 'vitest';
import { bodyNulFields, nulFields } from './input.ts';
import { utf8RawBody } from './json-body.ts';
import type { Response } from 'express';

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

describe('bodyNulFields', () => {
  const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
  it('skips the walk only when UTF-8 bytes lack the escape', () => {
    expect(bodyNulFields({ a: 'x' }, bytes({ a: 'x' }))).toEqual([]);
    expect(bodyNulFields({ a: 'x\u0000' }, bytes({ a: 'x\u0000' }))).toEqual(['a']);
    // No UTF-8 bytes (another charset, nothing kept): the values are walked.
    expect(bodyNulFields({ a: 'x\u0000' }, undefined)).toEqual(['a']);
  });
  it('gets UTF-8 bytes only from a plain JSON request', () => {
    const raw = bytes({ a: 1 });
    const res = { locals: { rawBody: raw } } as unknown as Response;
    const of = (type?: string) => utf8RawBody({ headers: type === undefined ? {} : { 'content-type': type } }, res);
    expect(of('application/json')).toBe(raw);
    expect(of('application/json; charset=UTF-8')).toBe(raw);
    expect(of('application/json; charset=utf-16le')).toBeUndefined();
    expect(of('application/merge-patch+json')).toBeUndefined();
    expect(of(undefined)).toBeUndefined();
  });
});
