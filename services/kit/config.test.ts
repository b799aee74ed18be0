import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults for local use', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(8080);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(c.RATE_LIMIT_PER_MINUTE).toBe(100);
    expect(c.PLATFORM_STATUS_FILE).toBeUndefined();
  });
  it('names each bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', SERVICE_URLS: '[1]' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as Error).message;
      for (const v of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'SERVICE_URLS']) expect(text).toContain(`${v}:`);
    }
  });
});
