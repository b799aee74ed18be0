import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

const PAGE = 100;
/** Enough for the charts of a small academy; the page says when it stopped early. */
const MAX_PAGES = 20;

/** Every enrollment of a course (up to MAX_PAGES pages), for the charts. */
export function useAllEnrollments(courseId: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'enrollments', courseId, 'all'],
    enabled: !!courseId,
    queryFn: async () => {
      const items = [];
      let cursor: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const page = await unwrap(() => api.GET('/api/v1/courses/{id}/enrollments', { params: { path: { id: courseId! }, query: { cursor, limit: PAGE } } }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        if (!cursor) return { items, complete: true };
      }
      return { items, complete: false };
    },
  });
}
