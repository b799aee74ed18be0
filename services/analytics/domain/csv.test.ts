import { describe, expect, it } from 'vitest';
import { csvField, csvLine, safeFileName } from './csv.ts';

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', 3, null])).toBe('plain,"a,b","say ""hi""","two\nlines",3,\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('makes a header-safe file name', () => {
    expect(safeFileName('Intro "to" ; café/../x')).toBe('Intro-to-caf-..-x');
    expect(safeFileName('"";')).toBe('export');
  });
});
