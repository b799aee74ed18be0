import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';

/** My certificates (one query for every screen that links to them). */
export function useMyCertificates() {
  return useQuery({ queryKey: ['my', 'certificates'], queryFn: () => unwrap(() => api.GET('/api/v1/me/certificates')) });
}

/** "Your certificate" for a completed course, once the server has issued it. */
export function CertificateLink({ courseId }: { courseId: string }) {
  const certs = useMyCertificates();
  const cert = certs.data?.items.find((c) => c.courseId === courseId);
  if (!cert) return null;
  return (
    <p role="status" className="mt-6 rounded-lg bg-green-50 p-4 text-green-900">
      Course complete.{' '}
      <Link className="font-semibold underline" to={`/certificates/${cert.code}`}>
        View your certificate
      </Link>
    </p>
  );
}
