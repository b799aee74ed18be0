import type { Container } from '../store.ts';

/** Bytes `sniffContainer` needs from the start of a file. */
export const SNIFF_BYTES = 16;

/**
 * The container a file is, by its first bytes (not its name): ISO-BMFF `ftyp` boxes (mp4, and
 * QuickTime's `qt  ` brand) and EBML with a WebM/Matroska header. Anything else is undefined.
 */
export function sniffContainer(head: Buffer): Container | undefined {
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') {
    return head.toString('latin1', 8, 12) === 'qt  ' ? 'quicktime' : 'mp4';
  }
  // QuickTime files may start with other atoms (moov, mdat, wide, free).
  if (head.length >= 8 && ['moov', 'mdat', 'wide', 'free'].includes(head.toString('latin1', 4, 8))) return 'quicktime';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  return undefined;
}

export const CONTENT_TYPES: Record<Container, string> = { mp4: 'video/mp4', webm: 'video/webm', quicktime: 'video/quicktime' };
