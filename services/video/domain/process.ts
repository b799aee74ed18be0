import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../../kit/logger.ts';
import type { Storage } from '../../kit/storage/index.ts';
import { assetPrefix, type Rendition, type VideoStore } from '../store.ts';
import { ffmpegAvailable, probe, run } from './ffmpeg.ts';

export interface ProcessDeps {
  store: VideoStore;
  storage: Storage;
  logger: Logger;
  /** Whether ffmpeg runs here; asked once per process. */
  hasFfmpeg: () => Promise<boolean>;
}

/** The ladder; a source gets the rungs at or below its own height (at least the lowest). */
const LADDER = [
  { height: 240, videoKbps: 400 },
  { height: 480, videoKbps: 1000 },
  { height: 720, videoKbps: 2500 },
];
const SEGMENT_SECONDS = 4;

/** Failures of the file itself: the job marks the asset failed and does not retry. */
class BadVideo extends Error {}

/**
 * The queued processing of one uploaded asset: duration (ffprobe), a poster frame and HLS
 * renditions (ffmpeg), segments renamed to their content hash (immutable, CDN-cacheable).
 * Idempotent: a finished asset is left alone, a half-done one is done again from the source.
 * A corrupt file marks the asset `failed` with the reason and returns (no retry); a storage or
 * database error throws, so the queue retries it with backoff.
 */
export async function processVideo(deps: ProcessDeps, job: { tenantId: string; assetId: string }): Promise<void> {
  const { store, storage } = deps;
  const row = await store.byId(job.tenantId, job.assetId);
  if (!row || row.status === 'ready' || row.status === 'failed') return;
  if (!(await deps.hasFfmpeg())) {
    await store.update(job.tenantId, job.assetId, { status: 'ready', processing_note: 'ffmpeg is not installed here: the video plays as uploaded, without renditions or duration' });
    return;
  }
  await store.update(job.tenantId, job.assetId, { status: 'processing' });
  const dir = await mkdtemp(join(tmpdir(), 'video-'));
  try {
    const src = join(dir, 'source');
    const obj = await storage.get(`${assetPrefix(job.tenantId, job.assetId)}source`);
    if (!obj) throw new BadVideo('the uploaded file is missing from storage');
    await pipeline(obj.body, createWriteStream(src));
    const result = await transcode(src, dir);
    const prefix = assetPrefix(job.tenantId, job.assetId);
    for (const [name, file] of result.files) await storage.put(prefix + name, createReadStream(file), contentType(name));
    await store.update(job.tenantId, job.assetId, {
      status: 'ready', duration_seconds: result.durationSeconds, renditions: result.renditions, poster: 'poster.jpg', failure_reason: null,
    });
  } catch (err) {
    if (!(err instanceof BadVideo)) throw err;
    deps.logger.warn({ assetId: job.assetId, reason: err.message }, 'video processing failed');
    await store.update(job.tenantId, job.assetId, { status: 'failed', failure_reason: err.message.slice(0, 500) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs ffprobe/ffmpeg; every failure of theirs is the file's (BadVideo). */
async function transcode(src: string, dir: string) {
  const tool = async <T>(what: () => Promise<T>) => {
    try {
      return await what();
    } catch (err) {
      throw new BadVideo((err as Error).message);
    }
  };
  const info = await tool(() => probe(src));
  const files = new Map<string, string>();
  const poster = join(dir, 'poster.jpg');
  await tool(() => run('ffmpeg', ['-v', 'error', '-y', '-ss', String(Math.min(1, info.durationSeconds / 2)), '-i', src, '-frames:v', '1', '-vf', `scale=-2:${Math.min(info.height, 720)}`, poster]));
  files.set('poster.jpg', poster);
  const rungs = LADDER.filter((r) => r.height <= info.height);
  if (!rungs.length) rungs.push({ height: info.height - (info.height % 2), videoKbps: LADDER[0].videoKbps });
  const renditions: Rendition[] = [];
  for (const rung of rungs) {
    const out = join(dir, `r${rung.height}`);
    await mkdir(out, { recursive: true });
    await tool(() =>
      run('ffmpeg', [
        '-v', 'error', '-y', '-i', src, '-map', '0:v:0', ...(info.hasAudio ? ['-map', '0:a:0', '-c:a', 'aac', '-b:a', '96k'] : []),
        '-vf', `scale=-2:${rung.height}`, '-c:v', 'libx264', '-preset', 'veryfast', '-b:v', `${rung.videoKbps}k`, '-pix_fmt', 'yuv420p',
        '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS), '-hls_playlist_type', 'vod', '-hls_segment_filename', join(out, 's%05d.ts'), join(out, 'index.m3u8'),
      ]),
    );
    const playlist = `${rung.height}p.m3u8`;
    const lines = (await readFile(join(out, 'index.m3u8'), 'utf8')).split('\n');
    const segments = new Map<string, string>();
    for (const name of (await readdir(out)).filter((n) => n.endsWith('.ts'))) {
      const hash = createHash('sha256').update(await readFile(join(out, name))).digest('hex').slice(0, 32);
      segments.set(name, `seg-${hash}.ts`);
      files.set(`seg-${hash}.ts`, join(out, name));
    }
    const rewritten = lines.map((l) => segments.get(l.trim()) ?? l).join('\n');
    const playlistFile = join(out, playlist);
    await writeFile(playlistFile, rewritten);
    files.set(playlist, playlistFile);
    renditions.push({ name: `${rung.height}p`, height: rung.height, bandwidth: (rung.videoKbps + (info.hasAudio ? 96 : 0)) * 1000, playlist });
  }
  const master = ['#EXTM3U', '#EXT-X-VERSION:3', ...renditions.flatMap((r) => [`#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth}`, r.playlist]), ''].join('\n');
  const masterFile = join(dir, 'master.m3u8');
  await pipeline(async function* () { yield master; }, createWriteStream(masterFile));
  files.set('master.m3u8', masterFile);
  return { durationSeconds: Math.round(info.durationSeconds * 100) / 100, renditions, files };
}

export function contentType(name: string): string {
  if (name.endsWith('.m3u8')) return 'application/vnd.apple.mpegurl';
  if (name.endsWith('.ts')) return 'video/mp2t';
  if (name.endsWith('.jpg')) return 'image/jpeg';
  return 'application/octet-stream';
}

export { ffmpegAvailable };
