import { describe, expect, it } from 'vitest';
import { VideoLessonSchema } from './schemas.ts';

const video = (videoUrl: string) => VideoLessonSchema.safeParse({ title: 'Clip', type: 'video', videoUrl, durationSeconds: 30 });

describe('a video lesson’s videoUrl', () => {
  it('is an http(s) URL or a path on this academy', () => {
    for (const ok of ['https://cdn.example.com/a.m3u8', 'http://localhost:8080/media/sample-clip.webm', '/media/sample-clip.webm']) expect(video(ok).success, ok).toBe(true);
  });

  it('refuses other schemes, protocol-relative URLs and paths with spaces', () => {
    for (const bad of ['javascript:alert(1)', '//evil.example/x.mp4', 'ftp://x/y.mp4', '/media/a b.mp4', 'media/x.mp4']) {
      const r = video(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0].path).toEqual(['videoUrl']);
    }
  });
});
