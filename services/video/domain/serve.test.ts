import { describe, expect, it } from 'vitest';
import { parseRange, signPlaylist } from './serve.ts';

describe('parseRange', () => {
  it('reads open, closed and suffix ranges, clamped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
  });
  it('serves the whole file for no header or ranges it does not serve', () => {
    expect(parseRange(undefined, 10)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 10)).toBeUndefined();
    expect(parseRange('items=1-2', 10)).toBeUndefined();
  });
  it('refuses a range past the end (416)', () => {
    expect(() => parseRange('bytes=1000-', 1000)).toThrow(expect.objectContaining({ code: 'range_not_satisfiable' }));
    expect(() => parseRange('bytes=5-2', 1000)).toThrow(expect.objectContaining({ code: 'range_not_satisfiable' }));
  });
});

describe('signPlaylist', () => {
  it('signs every URI line and leaves tags alone', () => {
    const out = signPlaylist('#EXTM3U\n#EXTINF:4.0,\nseg-ab.ts\n#EXT-X-ENDLIST\n', 'u=1&exp=2&sig=x');
    expect(out).toBe('#EXTM3U\n#EXTINF:4.0,\nseg-ab.ts?u=1&exp=2&sig=x\n#EXT-X-ENDLIST\n');
  });
});
