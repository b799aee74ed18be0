import { describe, expect, it } from 'vitest';
import { isTenantOrigin } from './cors.ts';

describe('isTenantOrigin', () => {
  const tenant = { domains: ['learn.example.test', 'www.learn.example.test'], status: 'active' };

  it("allows http(s) pages on one of the tenant's domains, any port", () => {
    expect(isTenantOrigin('https://learn.example.test', tenant)).toBe(true);
    expect(isTenantOrigin('http://www.learn.example.test:3000', tenant)).toBe(true);
    expect(isTenantOrigin('https://LEARN.example.test', tenant)).toBe(true);
  });

  it('refuses other hosts, look-alikes, other schemes, opaque origins and tenants that are not active or have no domains', () => {
    for (const origin of ['https://example.test', 'https://evil.learn.example.test', 'https://learn.example.test.evil.example', 'ftp://learn.example.test', 'null', 'not a url', '']) {
      expect(isTenantOrigin(origin, tenant), origin).toBe(false);
    }
    expect(isTenantOrigin('https://learn.example.test', { ...tenant, status: 'suspended' })).toBe(false);
    expect(isTenantOrigin('https://learn.example.test', { domains: [], status: 'active' })).toBe(false);
    expect(isTenantOrigin('https://learn.example.test', null)).toBe(false);
  });
});
