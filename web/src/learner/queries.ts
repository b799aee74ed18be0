import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { useSession } from '../auth/session';

/** A published course outline, by slug or id. */
export function useOutline(ref: string | undefined) {
  return useQuery({
    queryKey: ['outline', ref],
    queryFn: () => unwrap(() => api.GET('/api/v1/courses/{id}', { params: { path: { id: ref! } } })),
    enabled: !!ref,
  });
}

/** My progress in a course; `null` when I am not enrolled (the server's 403 not_enrolled). */
export function useProgress(courseId: string | undefined) {
  const signedIn = useSession((s) => s.status === 'signed-in');
  return useQuery({
    queryKey: ['progress', courseId],
    queryFn: async () => {
      try {
        return await unwrap(() => api.GET('/api/v1/progress/courses/{id}', { params: { path: { id: courseId! } } }));
      } catch (err) {
        if (err instanceof ApiError && err.code === 'not_enrolled') return null;
        throw err;
      }
    },
    enabled: !!courseId && signedIn,
  });
}
