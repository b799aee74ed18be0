import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { Failure, Loading, PageTitle, QueryView, buttonClass } from '../ui/status';
import { duration, price } from './format';
import { useOutline, useProgress } from './queries';

const typeLabel = { video: 'Video', article: 'Article', quiz: 'Quiz' } as const;

/** A course: outline, prerequisites, Enroll (or Continue, with progress per lesson). */
export default function CoursePage() {
  const { ref } = useParams();
  const outline = useOutline(ref);
  return <QueryView query={outline} label="Loading the course…">{(course) => <Course course={course} />}</QueryView>;
}

type Outline = NonNullable<ReturnType<typeof useOutline>['data']>;

function Course({ course }: { course: Outline }) {
  const status = useSession((s) => s.status);
  const progress = useProgress(course.id);
  const queryClient = useQueryClient();
  const prerequisites = useQueries({
    queries: course.prerequisites.map((id) => ({
      queryKey: ['outline', id],
      queryFn: () => unwrap(() => api.GET('/api/v1/courses/{id}', { params: { path: { id } } })),
    })),
  });
  const enroll = useMutation({
    mutationFn: () => unwrap(() => api.POST('/api/v1/courses/{id}/enrollments', { params: { path: { id: course.id } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', course.id] }),
  });
  const done = new Map(progress.data?.lessons.map((l) => [l.lessonId, l]) ?? []);
  const firstLesson = course.modules.flatMap((m) => m.lessons)[0];
  const resumeAt = progress.data?.resume?.lessonId ?? firstLesson?.id;

  return (
    <article>
      <PageTitle>{course.title}</PageTitle>
      <p className="mb-2 max-w-prose text-slate-700">{course.description}</p>
      <p className="mb-4 text-sm text-slate-600">
        {course.lessonCount} lessons · {duration(course.durationSeconds)} · {price(course.price)} · version {course.version}
      </p>
      {prerequisites.length > 0 && (
        <div className="mb-4">
          <h2 className="font-semibold">Before this course</h2>
          <ul className="list-inside list-disc">
            {prerequisites.map((p, i) => (
              <li key={course.prerequisites[i]}>
                {p.data ? <Link className="text-blue-800 underline" to={`/courses/${p.data.slug}`}>{p.data.title}</Link> : p.isPending ? 'Loading…' : 'A course that is no longer published'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mb-6">
        {status !== 'signed-in' ? (
          <Link to={`/login?next=${encodeURIComponent(`/courses/${course.slug}`)}`} className={buttonClass}>
            Sign in to enroll
          </Link>
        ) : progress.isPending ? (
          <Loading label="Checking your enrollment…" />
        ) : progress.error ? (
          <Failure error={progress.error} retry={() => void progress.refetch()} />
        ) : progress.data ? (
          <div className="flex items-center gap-4">
            {resumeAt && (
              <Link to={`/learn/${course.id}/${resumeAt}`} className={buttonClass}>
                {progress.data.percent > 0 ? 'Continue' : 'Start'}
              </Link>
            )}
            <span>
              <span className="font-semibold">{progress.data.percent}%</span> complete
            </span>
          </div>
        ) : (
          <>
            <button type="button" className={buttonClass} disabled={enroll.isPending} onClick={() => enroll.mutate()}>
              {enroll.isPending ? 'Enrolling…' : 'Enroll'}
            </button>
            {enroll.error && <Failure error={enroll.error} />}
          </>
        )}
      </div>
      <h2 className="mb-2 text-xl font-semibold">Outline</h2>
      {course.modules.map((m) => (
        <section key={m.id} className="mb-4 rounded-lg bg-white p-4 shadow">
          <h3 className="font-semibold">{m.title}</h3>
          <ol className="mt-2 space-y-1">
            {m.lessons.map((l) => (
              <li key={l.id} className="flex items-center gap-2">
                <span aria-hidden="true">{done.get(l.id)?.completed ? '✓' : '•'}</span>
                {progress.data ? (
                  <Link to={`/learn/${course.id}/${l.id}`} className="text-blue-800 hover:underline">
                    {l.title}
                  </Link>
                ) : (
                  <span>{l.title}</span>
                )}
                <span className="text-sm text-slate-600">
                  {typeLabel[l.type]} · {l.type === 'quiz' ? `${l.questionCount ?? 0} questions` : duration(l.durationSeconds)}
                  {done.get(l.id)?.completed && <span className="sr-only"> (completed)</span>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
