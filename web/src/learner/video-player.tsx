import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sendHeartbeat } from '../offline/sync';
import { withGrant, type PlaybackGrant } from './playback-grant';

const HEARTBEAT_EVERY_MS = 5_000;

/**
 * The video player: HLS through hls.js where the browser has Media Source Extensions (loaded
 * only for .m3u8 sources), native HLS without them, native playback for files. It resumes at
 * the saved position and reports the position while playing, on pause, on seek and when the
 * page is hidden; the end completes it.
 * With a `grant` (uploaded videos' signed links) it plays on past the link's expiry.
 */
export function VideoPlayer({ lessonId, src, title, resumeAt, durationSeconds, grant }: { lessonId: string; src: string; title: string; resumeAt: number; durationSeconds: number; grant?: PlaybackGrant }) {
  const video = useRef<HTMLVideoElement>(null);
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const lastSent = useRef(0);
  /** Where to continue after the source was swapped for a renewed link (not the saved position). */
  const restore = useRef<{ at: number; play: boolean }>(undefined);

  useEffect(() => {
    const el = video.current!;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    const isHls = /\.m3u8($|\?)/.test(src);
    // A signed source the browser fetches itself (a file, or native HLS) fails with the link:
    // ask for a new one and continue where it stopped.
    const swapSource = () => {
      if (!grant || restore.current) return;
      restore.current = { at: el.currentTime, play: !el.paused };
      void grant.renewNow().then(
        (p) => void (el.src = withGrant(src, p.url)),
        () => {
          restore.current = undefined;
          setError('The video could not be loaded.');
        },
      );
    };
    const playNatively = () => {
      el.src = src;
      el.addEventListener('error', swapSource);
      destroy = () => el.removeEventListener('error', swapSource);
    };
    if (isHls) {
      // hls.js wherever Media Source Extensions exist (it lets us sign each request with a fresh
      // link), native HLS only without them (iOS); Chromium's own HLS would refetch the whole
      // source on renewal.
      void import('hls.js').then(({ default: Hls }) => {
        if (cancelled) return;
        if (!Hls.isSupported()) {
          if (el.canPlayType('application/vnd.apple.mpegurl')) return playNatively();
          return setError('This browser cannot play this video.');
        }
        const hls = new Hls({
          // At most ~30 s ahead (hls.js would otherwise fill 60 MB of a low-bitrate video): a
          // learner who stops early does not download the whole lesson, and segments are fetched
          // near the time they play, each signed with the link current then.
          maxBufferLength: 20,
          maxMaxBufferLength: 30,
          // Every playlist and segment request carries the newest link's signature (one signature
          // covers every file of the video), renewed first when it is due.
          ...(grant ? { xhrSetup: async (xhr: XMLHttpRequest, url: string) => xhr.open('GET', withGrant(url, (await grant.fresh()).url), true) } : {}),
        });
        hls.on(Hls.Events.ERROR, (_e, data) => {
          if (grant && data.response?.code === 403) {
            // The link expired anyway (a sleeping tab, a clock far off): renew, load on from here.
            void grant.renewNow().then(
              () => data.fatal && hls.startLoad(el.currentTime),
              () => setError('The video could not be loaded.'),
            );
            return;
          }
          if (data.fatal) setError('The video could not be loaded.');
        });
        hls.loadSource(src);
        hls.attachMedia(el);
        destroy = () => hls.destroy();
      });
    } else {
      playNatively();
    }
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [src, grant]);

  useEffect(() => {
    const el = video.current!;
    const report = (completed?: boolean) => {
      lastSent.current = Date.now();
      const sent = sendHeartbeat({ lessonId, positionSeconds: Math.max(0, el.currentTime), completed: completed || undefined, clientTs: Date.now() });
      // A completion changes the course's progress shown around the player (and may earn the certificate).
      void sent.then(() => (completed ? queryClient.invalidateQueries({ queryKey: ['progress'] }) : undefined)).catch(() => undefined);
    };
    const onLoaded = () => {
      const back = restore.current;
      if (back) {
        restore.current = undefined;
        el.currentTime = back.at;
        if (back.play) void el.play().catch(() => undefined);
        return;
      }
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
  }, [lessonId, resumeAt, durationSeconds, queryClient]);

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
