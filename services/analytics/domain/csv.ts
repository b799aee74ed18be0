/**
 * CSV (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes doubled; lines
 * end with CRLF. A text field starting with = + - @ (or a tab/CR) gets a leading apostrophe, so a
 * spreadsheet does not run a course title as a formula (OWASP "CSV injection").
 */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** A file name safe inside a Content-Disposition header (ASCII letters, digits, dot, dash, underscore). */
export function safeFileName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
}
