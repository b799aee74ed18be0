import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { Failure, Loading, PageTitle, buttonClass, inputClass, secondaryButtonClass } from '../ui/status';
import { duration, price } from './format';

/** The catalog: full-text search (the server ranks) and cursor paging. */
export default function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const courses = useInfiniteQuery({
    queryKey: ['catalog', q],
    queryFn: ({ pageParam }) => unwrap(() => api.GET('/api/v1/courses', { params: { query: { q: q || undefined, cursor: pageParam, limit: 12 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = courses.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section>
      <PageTitle>Courses</PageTitle>
      <form
        role="search"
        className="mb-6 flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get('q')?.toString().trim() ?? '';
          setParams(value ? { q: value } : {});
        }}
      >
        <label htmlFor="q" className="sr-only">
          Search courses
        </label>
        <input id="q" name="q" type="search" defaultValue={q} key={q} placeholder="Search courses" className={`${inputClass} mt-0`} />
        <button type="submit" className={buttonClass}>
          Search
        </button>
      </form>
      {courses.isPending ? (
        <Loading label="Loading courses…" />
      ) : courses.error ? (
        <Failure error={courses.error} retry={() => void courses.refetch()} />
      ) : items.length === 0 ? (
        <p>{q ? `No course matches “${q}”.` : 'No course is published yet.'}</p>
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((c) => (
              <li key={c.id} className="flex flex-col rounded-lg bg-white p-4 shadow">
                <h2 className="text-lg font-semibold">
                  <Link to={`/courses/${c.slug}`} className="text-blue-900 hover:underline">
                    {c.title}
                  </Link>
                </h2>
                <p className="mt-1 line-clamp-3 flex-1 text-slate-700">{c.description}</p>
                <p className="mt-3 text-sm text-slate-600">
                  {c.lessonCount} lessons · {duration(c.durationSeconds)} · {price(c.price)}
                </p>
              </li>
            ))}
          </ul>
          {courses.hasNextPage && (
            <button type="button" className={`${secondaryButtonClass} mt-6`} disabled={courses.isFetchingNextPage} onClick={() => void courses.fetchNextPage()}>
              {courses.isFetchingNextPage ? 'Loading…' : 'More courses'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
