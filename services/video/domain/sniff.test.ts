import { describe, expect, it } from 'vitest';
import { sniffContainer } from './sniff.ts';

describe('sniffContainer', () => {
  it('knows mp4, QuickTime and WebM by their first bytes', () => {
    expect(sniffContainer(Buffer.from('\0\0\0\x20ftypisom\0\0\x02\0', 'latin1'))).toBe('mp4');
    expect(sniffContainer(Buffer.from('\0\0\0\x14ftypqt  \0\0\0\0', 'latin1'))).toBe('quicktime');
    expect(sniffContainer(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]))).toBe('webm');
  });
  it('refuses an executable or text whatever it is called', () => {
    expect(sniffContainer(Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0', 'latin1'))).toBeUndefined();
    expect(sniffContainer(Buffer.from('MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0', 'latin1'))).toBeUndefined();
    expect(sniffContainer(Buffer.from('hello'))).toBeUndefined();
  });
});
