/** Where to go after signing in: only a path of this app (never an open redirect), else "My learning". */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/my';
}
