import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { PageTitle, QueryView, secondaryButtonClass } from '../ui/status';
import { useOutline } from '../learner/queries';
import { date } from '../learner/format';

/** Who is enrolled in a course and how far each has come, with the course's totals. */
export default function EnrollmentsPage() {
  const { id } = useParams() as { id: string };
  const outline = useOutline(id);
  const stats = useQuery({ queryKey: ['admin', 'stats', id], queryFn: () => unwrap(() => api.GET('/api/v1/courses/{id}/stats', { params: { path: { id } } })) });
  const enrollments = useInfiniteQuery({
    queryKey: ['admin', 'enrollments', id],
    queryFn: ({ pageParam }) => unwrap(() => api.GET('/api/v1/courses/{id}/enrollments', { params: { path: { id }, query: { cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const lessons = outline.data?.lessonCount;
  return (
    <section>
      <PageTitle>Enrollments{outline.data ? `: ${outline.data.title}` : ''}</PageTitle>
      <QueryView query={stats} label="Loading totals…">
        {(s) => (
          <p className="mb-4" data-stats>
            <span className="font-semibold">{s.enrolled}</span> enrolled · <span className="font-semibold">{s.completed}</span> completed
          </p>
        )}
      </QueryView>
      <QueryView query={enrollments} label="Loading learners…">
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <p>No one has enrolled yet.</p>;
          return (
            <table className="w-full overflow-hidden rounded-lg bg-white text-left shadow">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">Learner</th>
                  <th scope="col" className="p-2">Enrolled</th>
                  <th scope="col" className="p-2">Progress</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id} className="border-t border-slate-200">
                    <td className="p-2">
                      {e.name} <span className="text-sm text-slate-600">{e.email}</span>
                    </td>
                    <td className="p-2">{date(e.enrolledAt)}</td>
                    <td className="p-2">
                      {e.completedAt ? `Completed ${date(e.completedAt)}` : `${e.completedLessons}${lessons ? ` of ${lessons}` : ''} lessons`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryView>
      {enrollments.hasNextPage && (
        <button type="button" className={`${secondaryButtonClass} mt-4`} onClick={() => void enrollments.fetchNextPage()}>
          More learners
        </button>
      )}
    </section>
  );
}
