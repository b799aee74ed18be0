import { describe, expect, it } from 'vitest';
import { withDefaults, type Tenant, type TenantStatus } from '../../crds/index.ts';
import { isolationOf, poolOf, pooledRow } from './pooled-tenant.ts';

const tenant = (spec: Record<string, unknown>): Tenant =>
  withDefaults('Tenant', { apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'Tenant', metadata: { name: 't' }, spec: { displayName: 'T', shardSetRef: { name: 's', namespace: 'n' }, ...spec } });

describe('isolationOf', () => {
  it('follows spec.isolation when given', () => {
    expect(isolationOf(tenant({ isolation: 'dedicated', plan: 'free' }), undefined, false)).toBe('dedicated');
    expect(isolationOf(tenant({ isolation: 'pooled', plan: 'enterprise' }), undefined, false)).toBe('pooled');
  });

  it('unset: pooled for free and starter (the default plan), dedicated for pro and enterprise', () => {
    expect(isolationOf(tenant({}), undefined, false)).toBe('pooled');
    expect(isolationOf(tenant({ plan: 'free' }), undefined, false)).toBe('pooled');
    expect(isolationOf(tenant({ plan: 'pro' }), undefined, false)).toBe('dedicated');
    expect(isolationOf(tenant({ plan: 'enterprise' }), undefined, false)).toBe('dedicated');
  });

  it('unset, a pooled Tenant whose plan grows is promoted; one that is dedicated already (status, or a namespace from before isolation existed) stays', () => {
    const pooled: TenantStatus = { isolation: 'pooled', pool: 'default' };
    expect(isolationOf(tenant({ plan: 'pro' }), pooled, false)).toBe('dedicated');
    expect(isolationOf(tenant({ plan: 'starter' }), pooled, false)).toBe('pooled');
    expect(isolationOf(tenant({ plan: 'starter' }), { isolation: 'dedicated' }, true)).toBe('dedicated');
    expect(isolationOf(tenant({ plan: 'starter' }), { namespace: 'academy-t' }, true)).toBe('dedicated');
  });

  it('an explicit pooled for a dedicated Tenant is a refused demotion', () => {
    expect(isolationOf(tenant({ isolation: 'pooled' }), { isolation: 'dedicated' }, true)).toBe('demotion-refused');
    expect(isolationOf(tenant({ isolation: 'pooled' }), undefined, true)).toBe('demotion-refused');
  });

  it('a pooled Tenant joins spec.poolRef, else the pool named default; its row is its name, domains and plan', () => {
    expect(poolOf(tenant({}))).toBe('default');
    expect(poolOf(tenant({ poolRef: { name: 'eu' } }))).toBe('eu');
    expect(pooledRow(tenant({ domains: ['a.example.com'], plan: 'free' }))).toEqual({ name: 'T', domains: ['a.example.com'], plan: 'free' });
  });
});
