import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** The public verification of a certificate (no sign-in needed). */
export function useCertificate(code: string | undefined) {
  return useQuery({
    queryKey: ['certificate', code],
    queryFn: () => unwrap(() => api.GET('/api/v1/certificates/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
  });
}
