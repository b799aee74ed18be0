import { describe, expect, it } from 'vitest';
import { buildOutline, canonicalJson, contentHash, type DraftRows } from './outline.ts';
import { slugify } from './domain/authoring.ts';
import { renderMarkdown } from './markdown.ts';

const draft = (title = 'T'): DraftRows => ({
  course: { id: 'c', slug: 's', title, description: 'd', price_amount: null, price_currency: null, prerequisites: ['b', 'a'] },
  modules: [
    { id: 'm2', title: 'Second', position: 1 },
    { id: 'm1', title: 'First', position: 0 },
  ],
  lessons: [
    { id: 'l2', module_id: 'm1', position: 1, title: 'Read', type: 'article', content: { body: '*hi*' }, duration_seconds: 1 },
    { id: 'l1', module_id: 'm1', position: 0, title: 'Watch', type: 'video', content: { videoUrl: 'https://x/v' }, duration_seconds: 60 },
    { id: 'gone', module_id: null, position: 0, title: 'Removed', type: 'video', content: {}, duration_seconds: 1 },
  ],
});

describe('buildOutline', () => {
  it('orders modules and lessons, renders markdown and leaves removed lessons out', () => {
    const o = buildOutline(draft());
    expect(o.modules.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(o.modules[0].lessons.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(o.modules[0].lessons[1].article).toEqual({ markdown: '*hi*', html: '<p><em>hi</em></p>\n' });
    expect(o.prerequisites).toEqual(['a', 'b']);
  });

  it('hashes equal content equally, whatever the key order', () => {
    expect(contentHash(buildOutline(draft()))).toBe(contentHash(buildOutline(draft())));
    expect(contentHash(buildOutline(draft()))).not.toBe(contentHash(buildOutline(draft('Other'))));
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: undefined }] })).toBe('{"a":[{"d":1}],"b":1}');
  });
});

describe('slugify and markdown', () => {
  it('makes URL slugs from titles', () => {
    expect(slugify('  Intro to SQL: Part 2!  ')).toBe('intro-to-sql-part-2');
    expect(slugify('!!!')).toBe('course');
  });

  it('strips scripts, handlers and javascript: links', () => {
    const html = renderMarkdown('<script>x()</script>\n\n<a href="javascript:x()" onclick="y()">a</a> [b](https://ok.example)');
    expect(html).not.toMatch(/script|onclick|javascript:/);
    expect(html).toContain('href="https://ok.example"');
  });
});
