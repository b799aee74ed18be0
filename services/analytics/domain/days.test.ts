import { describe, expect, it } from 'vitest';
import { addDays, dayBounds, daysBetween, isDay, spanDays } from './days.ts';

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('counts across month and year ends in UTC', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(spanDays('2026-01-01', '2026-12-31')).toBe(365);
    expect(dayBounds('2026-12-03').map((d) => d.toISOString())).toEqual(['2026-12-03T00:00:00.000Z', '2026-12-04T00:00:00.000Z']);
  });
});
