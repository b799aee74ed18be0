import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { Loading, PageTitle, QueryView } from '../ui/status';
import { useMyCertificates } from './certificate-link';
import { date } from './format';

/** My courses with progress, and my certificates. */
export default function MyLearningPage() {
  const status = useSession((s) => s.status);
  const enrollments = useQuery({ queryKey: ['my', 'enrollments'], queryFn: () => unwrap(() => api.GET('/api/v1/me/enrollments')), enabled: status === 'signed-in' });
  const certs = useMyCertificates();
  if (status === 'restoring') return <Loading />;
  if (status === 'anonymous') return <Navigate to="/login?next=/my" replace />;
  return (
    <section>
      <PageTitle>My learning</PageTitle>
      <QueryView query={enrollments} label="Loading your courses…">
        {(data) =>
          data.items.length === 0 ? (
            <p>
              You have not enrolled in a course yet. <Link className="text-blue-800 underline" to="/">Browse the catalog</Link>.
            </p>
          ) : (
            <ul className="space-y-3">
              {data.items.map((e) => (
                <li key={e.id} className="rounded-lg bg-white p-4 shadow">
                  <Link className="font-semibold text-blue-900 hover:underline" to={`/courses/${e.course?.slug ?? e.courseId}`}>
                    {e.course?.title ?? 'A course that is no longer published'}
                  </Link>
                  <div className="mt-2 flex items-center gap-3">
                    <progress max={100} value={e.percent} className="h-2 w-48" aria-label={`${e.course?.title ?? 'Course'} progress`} />
                    <span>{e.percent}%</span>
                    {e.completedAt && <span className="text-green-800">Completed {date(e.completedAt)}</span>}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <h2 className="mb-2 mt-8 text-xl font-semibold">Certificates</h2>
      <QueryView query={certs} label="Loading your certificates…">
        {(data) =>
          data.items.length === 0 ? (
            <p>Finish a course to earn its certificate.</p>
          ) : (
            <ul className="space-y-2">
              {data.items.map((c) => (
                <li key={c.code}>
                  <Link className="text-blue-800 underline" to={`/certificates/${c.code}`}>
                    {c.courseTitle}
                  </Link>{' '}
                  <span className="text-slate-600">· {date(c.issuedAt)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
