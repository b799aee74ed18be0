import type { Readable } from 'node:stream';
import type { Storage } from '../../kit/storage/index.ts';
import type { CertificateRow } from '../store.ts';

/** Where a certificate's printable file lives in object storage. */
export const certificateKey = (c: Pick<CertificateRow, 'tenant_id' | 'code'>) => `tenants/${c.tenant_id}/certificates/${c.code}.svg`;

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The printable certificate: an A4-landscape SVG (prints on one page from any browser, scales
 * without loss, needs no PDF library). Every text comes from the certificate row — fixed at
 * issue — and is escaped, so the file never changes and carries no markup of a learner's making.
 */
export function renderCertificateSvg(c: CertificateRow, verifyUrl: string): string {
  const issued = new Date(c.issued_at).toISOString().slice(0, 10);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 1123 794" role="img" aria-label="Certificate of completion: ${escape(c.learner_name)}, ${escape(c.course_title)}">
  <rect width="1123" height="794" fill="#ffffff"/>
  <rect x="28" y="28" width="1067" height="738" fill="none" stroke="#1e3a8a" stroke-width="6"/>
  <rect x="44" y="44" width="1035" height="706" fill="none" stroke="#93c5fd" stroke-width="2"/>
  <g font-family="Georgia, 'DejaVu Serif', serif" text-anchor="middle" fill="#0f172a">
    <text x="561" y="150" font-size="22" letter-spacing="6" fill="#475569">${escape(c.tenant_slug.toUpperCase())} · CERTIFICATE OF COMPLETION</text>
    <text x="561" y="270" font-size="26" fill="#475569">This certifies that</text>
    <text x="561" y="350" font-size="56" font-weight="bold">${escape(c.learner_name)}</text>
    <text x="561" y="430" font-size="26" fill="#475569">completed the course</text>
    <text x="561" y="500" font-size="40">${escape(c.course_title)}</text>
    <text x="561" y="580" font-size="22" fill="#475569">Issued ${issued}</text>
    <text x="561" y="690" font-size="14" font-family="'DejaVu Sans Mono', monospace" fill="#475569">Certificate ${escape(c.code)} · verify at ${escape(verifyUrl)}</text>
    <text x="561" y="714" font-size="11" font-family="'DejaVu Sans Mono', monospace" fill="#94a3b8">Ed25519 ${escape(c.kid)} ${escape(c.signature)}</text>
  </g>
</svg>
`;
}

/**
 * The certificate's printable file from storage, written there on first request (a certificate
 * never changes after issue, so the stored file is the file for good).
 */
export async function printableCertificate(storage: Storage, c: CertificateRow, verifyUrl: string): Promise<{ body: Readable; size: number }> {
  const key = certificateKey(c);
  const stored = await storage.get(key);
  if (stored) return { body: stored.body, size: stored.size };
  await storage.put(key, Buffer.from(renderCertificateSvg(c, verifyUrl)), 'image/svg+xml');
  const written = await storage.get(key);
  if (!written) throw new Error(`the certificate file ${key} was written but cannot be read back`);
  return { body: written.body, size: written.size };
}
