import { describe, expect, it } from 'vitest';
import { perDay } from './per-day';

describe('perDay', () => {
  it('charts the roll-ups\' enrolled and completed to date, day by day', () => {
    const days = perDay([
      { day: '2026-12-01', enrolledTotal: 2, completedTotal: 0 },
      { day: '2026-12-02', enrolledTotal: 3, completedTotal: 1 },
    ]);
    expect(days).toEqual([
      { day: '2026-12-01', enrolled: 2, completed: 0 },
      { day: '2026-12-02', enrolled: 3, completed: 1 },
    ]);
  });

  it('is empty before the first roll-up', () => {
    expect(perDay([])).toEqual([]);
  });
});
