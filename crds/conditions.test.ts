import { describe, expect, it } from 'vitest';
import { findCondition, isReady, setCondition } from './conditions.ts';
import { schemaOf } from './schema.ts';
import { schemaViolations } from './validate.ts';

const t1 = new Date('2025-01-01T10:00:00.123Z');
const t2 = new Date('2025-01-01T10:05:00.000Z');

describe('setCondition', () => {
  it('adds a condition with an RFC 3339 transition time (seconds, as metav1.Time)', () => {
    const list = setCondition(undefined, { type: 'Ready', status: 'False', reason: 'Progressing', message: 'waiting for pods', observedGeneration: 1 }, t1);
    expect(list).toEqual([{ type: 'Ready', status: 'False', reason: 'Progressing', message: 'waiting for pods', observedGeneration: 1, lastTransitionTime: '2025-01-01T10:00:00Z' }]);
    // and the result fits the CRD's condition schema
    const conditionSchema = schemaOf('Tenant').properties!.status.properties!.conditions;
    expect(schemaViolations(conditionSchema, list)).toEqual([]);
  });

  it('keeps the transition time while the status stays, moves it when the status changes', () => {
    let list = setCondition(undefined, { type: 'Ready', status: 'False', reason: 'Progressing', message: 'a' }, t1);
    list = setCondition(list, { type: 'Ready', status: 'False', reason: 'Progressing', message: 'b', observedGeneration: 2 }, t2);
    expect(findCondition(list, 'Ready')).toMatchObject({ message: 'b', observedGeneration: 2, lastTransitionTime: '2025-01-01T10:00:00Z' });
    list = setCondition(list, { type: 'Ready', status: 'True', reason: 'Reconciled', message: '' }, t2);
    expect(findCondition(list, 'Ready')?.lastTransitionTime).toBe('2025-01-01T10:05:00Z');
    expect(list).toHaveLength(1);
  });

  it('isReady needs Ready=True for the current generation', () => {
    const conditions = setCondition(undefined, { type: 'Ready', status: 'True', reason: 'Reconciled', message: '', observedGeneration: 3 }, t1);
    expect(isReady({ metadata: { generation: 3 }, status: { conditions } })).toBe(true);
    expect(isReady({ metadata: { generation: 4 }, status: { conditions } })).toBe(false);
    expect(isReady({ metadata: { generation: 3 } })).toBe(false);
  });
});
