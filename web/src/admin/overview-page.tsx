import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { Loading, PageTitle, QueryView, secondaryButtonClass } from '../ui/status';
import { downloadCourseCsv, useCourseAnalytics } from './enrollments';
import { perDay } from './per-day';

// recharts is the heaviest library here: its own chunk, loaded when a chart is shown.
const EnrollmentChart = lazy(() => import('./enrollment-chart'));

/** Each published course's totals, and enrollments and completions over time for one of them (from the analytics roll-ups). */
export default function OverviewPage() {
  const courses = useQuery({ queryKey: ['catalog', 'overview'], queryFn: () => unwrap(() => api.GET('/api/v1/courses', { params: { query: { limit: 50 } } })) });
  const [chosen, setChosen] = useState<string>();
  const courseId = chosen ?? courses.data?.items[0]?.id;
  const analytics = useCourseAnalytics(courseId);
  return (
    <section>
      <PageTitle>Overview</PageTitle>
      <QueryView query={courses} label="Loading courses…">
        {(data) =>
          data.items.length === 0 ? (
            <p>
              No course is published yet. <Link className="text-blue-800 underline" to="/admin/courses">Create one</Link>.
            </p>
          ) : (
            <>
              <ul className="mb-8 grid gap-3 sm:grid-cols-2">
                {data.items.map((c) => (
                  <CourseTotals key={c.id} id={c.id} title={c.title} />
                ))}
              </ul>
              <h2 className="mb-2 text-xl font-semibold">Over time</h2>
              <label htmlFor="chart-course" className="mr-2">
                Course
              </label>
              <select id="chart-course" className="rounded-md border border-slate-400 bg-white px-2 py-1" value={courseId} onChange={(e) => setChosen(e.target.value)}>
                {data.items.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
              <QueryView query={analytics} label="Loading analytics…">
                {(a) => {
                  const days = perDay(a.days);
                  const last = a.days[a.days.length - 1];
                  return days.length === 0 ? (
                    <p className="mt-4">No analytics for this course yet (they are computed every few minutes).</p>
                  ) : (
                    <Suspense fallback={<Loading label="Drawing the chart…" />}>
                      <EnrollmentChart days={days} />
                      <p className="text-sm text-slate-600">As of {new Date(last.computedAt).toLocaleString()}.</p>
                      {courseId && <CsvButton courseId={courseId} />}
                    </Suspense>
                  );
                }}
              </QueryView>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/** Saves the course's daily analytics as a CSV file; says so when it fails. */
function CsvButton({ courseId }: { courseId: string }) {
  const [failed, setFailed] = useState<string>();
  const download = () => {
    setFailed(undefined);
    downloadCourseCsv(courseId).catch((e: unknown) => setFailed(e instanceof Error ? e.message : 'The download failed'));
  };
  return (
    <p className="mt-2">
      <button type="button" className={secondaryButtonClass} onClick={download}>
        Download CSV
      </button>
      {failed && <span role="alert" className="ml-2 text-red-800">{failed}</span>}
    </p>
  );
}

function CourseTotals({ id, title }: { id: string; title: string }) {
  const stats = useQuery({ queryKey: ['admin', 'stats', id], queryFn: () => unwrap(() => api.GET('/api/v1/courses/{id}/stats', { params: { path: { id } } })) });
  return (
    <li className="rounded-lg bg-white p-4 shadow">
      <Link className="font-semibold text-blue-900 hover:underline" to={`/admin/courses/${id}/enrollments`}>
        {title}
      </Link>
      <QueryView query={stats} label="Loading…">
        {(s) => (
          <p className="mt-1 text-slate-700">
            {s.enrolled} enrolled · {s.completed} completed
          </p>
        )}
      </QueryView>
    </li>
  );
}
