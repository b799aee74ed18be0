import { describe, expect, it } from 'vitest';
import { groupByRow, type Heartbeat } from './heartbeat-writer.ts';

const hb = (over: Partial<Heartbeat>): Heartbeat => ({ tenantId: 't', userId: 'u', lessonId: 'l', courseId: 'c', positionSeconds: 0, clientTs: 0, completed: false, ...over });
const pending = (h: Heartbeat) => ({ hb: h, resolve: () => {}, reject: () => {} });

describe('groupByRow', () => {
  it('merges heartbeats for one row: newest position, completed if any completed', () => {
    const groups = groupByRow([
      pending(hb({ positionSeconds: 30, clientTs: 3 })),
      pending(hb({ positionSeconds: 95, clientTs: 1, completed: true })),
      pending(hb({ positionSeconds: 20, clientTs: 2 })),
      pending(hb({ lessonId: 'other', positionSeconds: 5, clientTs: 9 })),
    ]);
    expect(groups.size).toBe(2);
    const g = groups.get('u/l')!;
    expect(g.items).toHaveLength(3);
    expect(g.merged).toMatchObject({ positionSeconds: 30, clientTs: 3, completed: true });
    expect(groups.get('u/other')!.merged).toMatchObject({ positionSeconds: 5, completed: false });
  });
});
