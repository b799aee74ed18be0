import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { messageOf } from '../api/problem';
import { inputClass } from '../ui/status';
import { uploadVideo, type UploadHandle } from './video-upload';

/**
 * Picks a video file and uploads it (multipart when small, resumable tus when large) with a
 * progress bar, then follows its processing; names the asset and, once measured, its duration.
 */
export function VideoUploadField({ id, onAsset, onDuration }: { id: string; onAsset: (assetId: string | undefined) => void; onDuration: (seconds: number) => void }) {
  const [progress, setProgress] = useState<{ sent: number; total: number }>();
  const [assetId, setAssetId] = useState<string>();
  const [error, setError] = useState<string>();
  const current = useRef<UploadHandle>(undefined);
  useEffect(() => () => current.current?.abort(), []);

  const video = useQuery({
    queryKey: ['video', assetId],
    enabled: assetId !== undefined,
    queryFn: () => unwrap(() => api.GET('/api/v1/videos/{id}', { params: { path: { id: assetId! } } })),
    refetchInterval: (q) => (q.state.data?.status === 'ready' || q.state.data?.status === 'failed' ? false : 1000),
  });
  const measured = video.data?.durationSeconds;
  useEffect(() => {
    if (measured) onDuration(Math.max(1, Math.round(measured)));
  }, [measured, onDuration]);

  const start = (file: File | undefined) => {
    current.current?.abort();
    setAssetId(undefined);
    onAsset(undefined);
    setError(undefined);
    if (!file) return setProgress(undefined);
    setProgress({ sent: 0, total: file.size });
    const handle = uploadVideo(file, (sent, total) => setProgress({ sent, total }));
    current.current = handle;
    handle.done.then(
      (newId) => {
        if (current.current !== handle) return;
        setAssetId(newId);
        onAsset(newId);
      },
      (err) => current.current === handle && setError(messageOf(err)),
    );
  };

  const percent = progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  const status = error
    ? undefined
    : video.data
      ? video.data.status === 'ready'
        ? `Uploaded and ready${video.data.processingNote ? ` (${video.data.processingNote})` : ''}.`
        : video.data.status === 'failed'
          ? `Processing failed: ${video.data.failureReason ?? 'unknown reason'}.`
          : 'Uploaded; processing…'
      : progress
        ? `Uploading… ${percent}%`
        : undefined;
  return (
    <div>
      <label htmlFor={id} className="block">
        Video file (MP4, WebM or QuickTime)
      </label>
      <input id={id} type="file" accept="video/mp4,video/webm,video/quicktime" className={inputClass} aria-describedby={`${id}-status`} onChange={(e) => start(e.target.files?.[0])} />
      {progress && !error && <progress className="mt-2 w-full" max={100} value={percent} aria-label="Upload progress" />}
      <p id={`${id}-status`} role="status" className="mt-1 text-sm text-slate-700" data-video-status={video.data?.status ?? (progress ? 'uploading' : 'none')}>
        {status}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
