import { useEffect, useRef, useState } from 'react';
import { sendHeartbeat } from '../offline/sync';

const HEARTBEAT_EVERY_MS = 5_000;

/**
 * The video player: HLS through hls.js where the browser has no native HLS (loaded only for
 * .m3u8 sources), native playback otherwise. It resumes at the saved position and reports the
 * position while playing, on pause, on seek and when the page is hidden; the end completes it.
 */
export function VideoPlayer({ lessonId, src, title, resumeAt, durationSeconds }: { lessonId: string; src: string; title: string; resumeAt: number; durationSeconds: number }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string>();
  const lastSent = useRef(0);

  useEffect(() => {
    const el = video.current!;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    const isHls = /\.m3u8($|\?)/.test(src);
    if (isHls && !el.canPlayType('application/vnd.apple.mpegurl')) {
      void import('hls.js').then(({ default: Hls }) => {
        if (cancelled) return;
        if (!Hls.isSupported()) return setError('This browser cannot play this video.');
        const hls = new Hls();
        hls.on(Hls.Events.ERROR, (_e, data) => data.fatal && setError('The video could not be loaded.'));
        hls.loadSource(src);
        hls.attachMedia(el);
        destroy = () => hls.destroy();
      });
    } else {
      el.src = src;
    }
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [src]);

  useEffect(() => {
    const el = video.current!;
    const report = (completed?: boolean) => {
      lastSent.current = Date.now();
      void sendHeartbeat({ lessonId, positionSeconds: Math.max(0, el.currentTime), completed: completed || undefined, clientTs: Date.now() }).catch(() => undefined);
    };
    const onLoaded = () => {
      // Near the end means "watched": start again from the top instead.
      if (resumeAt > 0 && resumeAt < (el.duration || durationSeconds) - 2) el.currentTime = resumeAt;
    };
    const onTime = () => {
      if (!el.paused && Date.now() - lastSent.current >= HEARTBEAT_EVERY_MS) report();
    };
    const onPause = () => !el.ended && report();
    const onEnded = () => report(true);
    const onHide = () => document.visibilityState === 'hidden' && el.currentTime > 0 && report();
    // One signal removes every listener when the lesson changes or the player goes.
    const listening = new AbortController();
    const on = { signal: listening.signal };
    el.addEventListener('loadedmetadata', onLoaded, on);
    el.addEventListener('timeupdate', onTime, on);
    el.addEventListener('pause', onPause, on);
    el.addEventListener('seeked', onPause, on);
    el.addEventListener('ended', onEnded, on);
    document.addEventListener('visibilitychange', onHide, on);
    return () => listening.abort();
  }, [lessonId, resumeAt, durationSeconds]);

  return (
    <div>
      <video ref={video} controls playsInline preload="metadata" aria-label={title} className="aspect-video w-full rounded-lg bg-black" />
      {resumeAt > 0 && <p className="mt-2 text-sm text-slate-600" data-resume={resumeAt}>Resuming where you left off ({clock(resumeAt)}).</p>}
      {error && (
        <p role="alert" className="mt-2 text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

function clock(s: number) {
  const whole = Math.floor(s);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
