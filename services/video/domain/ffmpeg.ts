import { spawn } from 'node:child_process';

/** Runs a program to its end; resolves with stdout, rejects with the tail of stderr. */
export function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} exited with ${code}: ${err.trim().split('\n').slice(-2).join(' ').slice(0, 400)}`));
    });
  });
}

/** Whether ffmpeg and ffprobe can run here (scripts/ensure-ffmpeg.sh installs Debian's). */
export async function ffmpegAvailable(): Promise<boolean> {
  try {
    await run('ffprobe', ['-version']);
    await run('ffmpeg', ['-version']);
    return true;
  } catch {
    return false;
  }
}

export interface Probe {
  durationSeconds: number;
  height: number;
  hasAudio: boolean;
}

/** Duration, video height and whether there is sound; throws when the file is not a readable video. */
export async function probe(file: string): Promise<Probe> {
  const json = JSON.parse(await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,height', '-of', 'json', file])) as {
    format?: { duration?: string };
    streams?: { codec_type?: string; height?: number }[];
  };
  const video = json.streams?.find((s) => s.codec_type === 'video');
  const durationSeconds = Number(json.format?.duration);
  if (!video?.height || !Number.isFinite(durationSeconds) || durationSeconds <= 0) throw new Error('ffprobe: no video stream with a duration');
  return { durationSeconds, height: video.height, hasAudio: !!json.streams?.some((s) => s.codec_type === 'audio') };
}
