import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybackGrant, renewInMs, withGrant } from './playback-grant';

const link = (exp: number, sig = `s${exp}`) => ({ url: `/api/v1/videos/v1/files/master.m3u8?u=me&exp=${exp}&sig=${sig}`, expiresAt: new Date(exp * 1000).toISOString() });

describe('withGrant', () => {
  it('puts the new signed parameters on a URL of another file, keeping its path', () => {
    expect(withGrant('/api/v1/videos/v1/files/seg-ab.ts?u=me&exp=1&sig=old', link(2).url)).toBe('/api/v1/videos/v1/files/seg-ab.ts?u=me&exp=2&sig=s2');
    expect(withGrant('http://academy.test/api/v1/videos/v1/files/240p.m3u8?u=me&exp=1&sig=old', link(5).url)).toBe('http://academy.test/api/v1/videos/v1/files/240p.m3u8?u=me&exp=5&sig=s5');
  });
});

describe('renewInMs', () => {
  it('renews a fifth of the lifetime early, at most a minute early, at once when past', () => {
    expect(renewInMs(new Date(10_000).toISOString(), 0, 0)).toBe(8_000);
    expect(renewInMs(new Date(10_000).toISOString(), 0, 7_000)).toBe(1_000);
    expect(renewInMs(new Date(600_000).toISOString(), 0, 0)).toBe(540_000);
    expect(renewInMs(new Date(1_000).toISOString(), 0, 5_000)).toBe(0);
  });
});

describe('PlaybackGrant', () => {
  beforeEach(() => void vi.useFakeTimers({ now: 0 }));
  afterEach(() => void vi.useRealTimers());

  it('asks for a new link before the current one expires, again and again, while it runs', async () => {
    let next = 10;
    const renew = vi.fn(async () => link((next += 10)));
    const grant = new PlaybackGrant(link(10), renew);
    grant.start();
    await vi.advanceTimersByTimeAsync(7_999);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(grant.url).toContain('exp=20');
    // The second link lives until 20 s: renewed at 20 - 10/5 = 18 s.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(renew).toHaveBeenCalledTimes(2);
    expect(grant.url).toContain('exp=30');
    grant.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('renews before signing a request when the link is due (a tab that slept), with one request for many callers', async () => {
    const renew = vi.fn(async () => link(100));
    const grant = new PlaybackGrant(link(10), renew);
    expect((await grant.fresh()).url).toContain('exp=10');
    vi.setSystemTime(8_500);
    const [a, b] = await Promise.all([grant.fresh(), grant.fresh()]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(a.url).toContain('exp=100');
    expect(b).toEqual(a);
  });

  it('keeps the old link when a renewal fails, and tries again a second later', async () => {
    const renew = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(link(100));
    const grant = new PlaybackGrant(link(1), renew);
    grant.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(grant.url).toContain('exp=1&');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(renew).toHaveBeenCalledTimes(2);
    expect(grant.url).toContain('exp=100');
    grant.stop();
  });
});
