import { fail } from '../../kit/errors.ts';
import type { ByteRange } from '../../kit/storage/index.ts';

/**
 * The byte range a `Range` header asks of a file of `size` bytes: undefined for the whole file
 * (no header, several ranges or a unit we do not serve: answered 200 as RFC 9110 allows);
 * a range starting past the end -> range_not_satisfiable (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) throw fail('range_not_satisfiable', `The file has ${size} bytes`, { size });
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) throw fail('range_not_satisfiable', `The range starts past the end of the ${size} bytes`, { size });
  return { start, end };
}

/** A playlist with every URI line (sub-playlists, segments) carrying the signed query. */
export function signPlaylist(text: string, query: string): string {
  return text
    .split('\n')
    .map((line) => (line && !line.startsWith('#') ? `${line.trim()}?${query}` : line))
    .join('\n');
}
