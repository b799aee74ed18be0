import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Days the overview chart covers. */
const CHART_DAYS = 90;

/** A course's analytics roll-ups for the chart (the last CHART_DAYS days; computed on the server across every shard). */
export function useCourseAnalytics(courseId: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'analytics', courseId],
    enabled: !!courseId,
    queryFn: () => {
      const from = new Date(Date.now() - (CHART_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
      return unwrap(() => api.GET('/api/v1/analytics/courses/{id}', { params: { path: { id: courseId! }, query: { from } } }));
    },
  });
}
