/**
 * Checks that hold for every request input, whatever its route's schema says. PostgreSQL refuses
 * a NUL character in `text` and `jsonb` (SQLSTATE 22021 / 22P05), so a NUL that reached a query
 * was a 500; refusing it here, before any schema, makes it a 400 naming the field on every route,
 * present and future, without each schema having to remember it.
 */
const NUL = '\u0000';

/**
 * Dotted paths (`title`, `modules.0.lessons.1.title`, `query.q`) of every string value or object
 * key in `value` that contains a NUL. Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function nulFields(value: unknown, base?: string): string[] {
  if (flatWithoutNul(value)) return [];
  const found: string[] = [];
  const stack: [unknown, string | undefined][] = [[value, base]];
  const join = (at: string | undefined, key: string | number) => (at ? `${at}.${key}` : String(key));
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) found.push(at ?? '(body)');
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], join(at, i)]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i];
        const path = join(at, k.replaceAll(NUL, '\\u0000'));
        // A key with a NUL is reported as itself (in document order), its value is not looked at.
        stack.push(k.includes(NUL) ? [NUL, path] : [child, path]);
      }
    }
  }
  return found;
}

/** A plain record of strings (path parameters, most queries) with no NUL: nothing to walk. */
function flatWithoutNul(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'string' || v.includes(NUL) || k.includes(NUL)) return false;
  }
  return true;
}

/**
 * `nulFields` of a JSON body, skipping the walk when its UTF-8 bytes (`utf8Raw`, kit/json-body.ts)
 * lack the escape `\u0000`: JSON text carries a NUL only as that escape (a raw control character
 * in a string does not parse). Without UTF-8 bytes (another charset, nothing kept): the walk.
 */
export function bodyNulFields(body: unknown, utf8Raw: Buffer | undefined): string[] {
  return utf8Raw !== undefined && utf8Raw.indexOf(NUL_ESCAPE) === -1 ? [] : nulFields(body);
}
const NUL_ESCAPE = Buffer.from('\\u0000');
