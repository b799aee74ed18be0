import { describe, expect, it } from 'vitest';
import { tenantsRemaining } from './tenant-pool.ts';

describe('tenantsRemaining', () => {
  it('counts the members, names them in order, and says how each can leave', () => {
    expect(tenantsRemaining(new Set(['waiting', 'second']))).toEqual({
      type: 'TenantsRemaining',
      status: 'True',
      reason: 'TenantsRemain',
      message: 'deletion waits for 2 pooled Tenants this pool still serves (second, waiting): delete each, promote it (spec.isolation: dedicated) or move it to another pool (spec.poolRef)',
    });
    expect(tenantsRemaining(new Set(['only'])).message).toMatch(/^deletion waits for 1 pooled Tenant this pool still serves \(only\)/);
  });

  it('names at most five, and how many more', () => {
    const many = new Set(Array.from({ length: 8 }, (_, i) => `t${i}`));
    expect(tenantsRemaining(many).message).toContain('(t0, t1, t2, t3, t4 and 3 more)');
  });
});
