import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useSession } from './session';

/** The signed-in user (roles decide which areas the menu offers). */
export function useMe() {
  const status = useSession((s) => s.status);
  return useQuery({
    queryKey: ['me'],
    queryFn: () => unwrap(() => api.GET('/api/v1/users/me')),
    enabled: status === 'signed-in',
    staleTime: 60_000,
  });
}

export function isStaff(roles: readonly string[] | undefined): boolean {
  return !!roles?.some((r) => r === 'admin' || r === 'instructor' || r === 'platform-admin');
}
