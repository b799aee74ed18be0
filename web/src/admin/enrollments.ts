import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Days the overview chart covers. */
const CHART_DAYS = 90;

/** First day the overview covers (UTC, `YYYY-MM-DD`). */
export function chartFrom(now = Date.now()): string {
  return new Date(now - (CHART_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** A course's analytics roll-ups for the chart (the last CHART_DAYS days; computed on the server across every shard). */
export function useCourseAnalytics(courseId: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'analytics', courseId],
    enabled: !!courseId,
    queryFn: () => unwrap(() => api.GET('/api/v1/analytics/courses/{id}', { params: { path: { id: courseId! }, query: { from: chartFrom() } } })),
  });
}

/** Fetches the course's analytics as CSV (the bearer token rides in a header, so no plain link) and saves it. */
export async function downloadCourseCsv(courseId: string): Promise<void> {
  const from = chartFrom();
  const csv = await unwrap(() => api.GET('/api/v1/analytics/courses/{id}/csv', { params: { path: { id: courseId }, query: { from } }, parseAs: 'text' }));
  const url = URL.createObjectURL(new Blob([csv as string], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `analytics-${courseId}-${from}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
