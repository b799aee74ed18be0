import { describe, expect, it } from 'vitest';
import { perDay } from './per-day';

describe('perDay', () => {
  it('counts enrollments and completions cumulatively per UTC day, with the quiet days in between', () => {
    const days = perDay(
      [
        { enrolledAt: '2026-12-01T09:00:00.000Z', completedAt: '2026-12-03T10:00:00.000Z' },
        { enrolledAt: '2026-12-01T23:59:00.000Z', completedAt: null },
        { enrolledAt: '2026-12-03T08:00:00.000Z', completedAt: null },
      ],
      new Date('2026-12-04T12:00:00.000Z'),
    );
    expect(days).toEqual([
      { day: '2026-12-01', enrolled: 2, completed: 0 },
      { day: '2026-12-02', enrolled: 2, completed: 0 },
      { day: '2026-12-03', enrolled: 3, completed: 1 },
      { day: '2026-12-04', enrolled: 3, completed: 1 },
    ]);
  });

  it('is empty without enrollments', () => {
    expect(perDay([])).toEqual([]);
  });
});
