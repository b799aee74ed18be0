import { useCallback, useEffect, useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { sendHeartbeat } from '../offline/sync';
import { Failure, Loading, PageTitle, QueryView, buttonClass, secondaryButtonClass } from '../ui/status';
import { useOutline, useProgress } from './queries';
import { VideoPlayer } from './video-player';
import { PlaybackGrant } from './playback-grant';
import { Quiz } from './quiz';
import { CertificateLink } from './certificate-link';

/**
 * An uploaded video: played through a short-lived signed URL from the video service (HLS or the
 * file itself). The first link starts the player; a PlaybackGrant renews it before it expires
 * (and on a 403), and the player signs its requests with the newest one, so a lesson longer than
 * the link's lifetime plays on (docs/media.md).
 */
function AssetVideo({ assetId, ...player }: { assetId: string; lessonId: string; title: string; resumeAt: number; durationSeconds: number }) {
  const fetchLink = useCallback(() => unwrap(() => api.GET('/api/v1/videos/{id}/playback', { params: { path: { id: assetId } } })), [assetId]);
  // The first link only: renewals go through the grant, never through a refetch that would
  // hand the player a new source (and restart it).
  const playback = useQuery({ queryKey: ['playback', assetId], queryFn: fetchLink, staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  const grant = useMemo(() => (playback.data ? new PlaybackGrant(playback.data, fetchLink) : undefined), [playback.data, fetchLink]);
  useEffect(() => {
    grant?.start();
    return () => grant?.stop();
  }, [grant]);
  return (
    <QueryView query={playback} label="Loading the video…">
      {(p) => <VideoPlayer {...player} src={p.url} grant={grant} />}
    </QueryView>
  );
}

/** The lesson player: video, article or quiz, with the course's lessons around it. */
export default function LessonPage() {
  const { courseId, lessonId } = useParams() as { courseId: string; lessonId: string };
  const outline = useOutline(courseId);
  const progress = useProgress(courseId);
  const lesson = useQuery({
    queryKey: ['lesson', lessonId],
    queryFn: () => unwrap(() => api.GET('/api/v1/lessons/{lessonId}', { params: { path: { lessonId } } })),
  });
  const lessons = outline.data?.modules.flatMap((m) => m.lessons) ?? [];
  const at = lessons.findIndex((l) => l.id === lessonId);
  const prev = lessons[at - 1];
  const next = lessons[at + 1];
  const saved = progress.data?.lessons.find((l) => l.lessonId === lessonId);

  return (
    <article>
      {outline.data && (
        <p className="mb-2 text-sm">
          <Link className="text-blue-800 underline" to={`/courses/${outline.data.slug}`}>
            {outline.data.title}
          </Link>
          {progress.data && <span className="ml-2 text-slate-600">· {progress.data.percent}% complete</span>}
        </p>
      )}
      <QueryView query={lesson} label="Loading the lesson…">
        {(l) => (
          <>
            <PageTitle>{l.title}</PageTitle>
            {l.type === 'video' &&
              (progress.isLoading ? (
                <Loading label="Finding where you left off…" />
              ) : (
                l.assetId && !l.videoUrl ? (
                <AssetVideo assetId={l.assetId} lessonId={l.id} title={l.title} resumeAt={saved?.completed ? 0 : (saved?.positionSeconds ?? 0)} durationSeconds={l.durationSeconds} />
              ) : (
                <VideoPlayer lessonId={l.id} src={l.videoUrl ?? ''} title={l.title} resumeAt={saved?.completed ? 0 : (saved?.positionSeconds ?? 0)} durationSeconds={l.durationSeconds} />
              )
              ))}
            {l.type === 'article' && <Article lessonId={l.id} courseId={courseId} html={l.html ?? ''} completed={!!saved?.completed} />}
            {l.type === 'quiz' && l.quiz && <Quiz lessonId={l.id} courseId={courseId} quiz={l.quiz} />}
          </>
        )}
      </QueryView>
      {progress.data?.completed && <CertificateLink courseId={courseId} />}
      <nav aria-label="Lessons" className="no-print mt-8 flex justify-between">
        {prev ? (
          <Link className={secondaryButtonClass} to={`/learn/${courseId}/${prev.id}`}>
            ← {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link className={secondaryButtonClass} to={`/learn/${courseId}/${next.id}`}>
            {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/** An article: the server's sanitised HTML, and "mark as read" (which completes it). */
function Article({ lessonId, courseId, html, completed }: { lessonId: string; courseId: string; html: string; completed: boolean }) {
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: () => sendHeartbeat({ lessonId, positionSeconds: 0, completed: true, clientTs: Date.now() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', courseId] }),
  });
  return (
    <>
      {/* Sanitised on the server (sanitize-html, allow-list) before it is ever stored. */}
      <div className="prose max-w-prose rounded-lg bg-white p-6 shadow [&_h1]:text-xl [&_h1]:font-bold [&_li]:ml-6 [&_li]:list-disc [&_p]:my-2" dangerouslySetInnerHTML={{ __html: html }} />
      <div className="mt-4">
        {completed || read.isSuccess ? (
          <p role="status" className="text-green-800">
            ✓ Read
          </p>
        ) : (
          <button type="button" className={buttonClass} disabled={read.isPending} onClick={() => read.mutate()}>
            Mark as read
          </button>
        )}
        {read.error && <Failure error={read.error} />}
      </div>
    </>
  );
}
