import { Link, useParams } from 'react-router';
import { PageTitle, QueryView } from '../ui/status';
import { useCertificate } from './certificate-query';
import { date } from './format';

/** Public verification: what the academy signed, the signature, and where its key is. */
export default function VerifyPage() {
  const { code } = useParams();
  const cert = useCertificate(code);
  return (
    <section>
      <PageTitle>Certificate verification</PageTitle>
      <QueryView query={cert} label="Checking the certificate…">
        {(c) => (
          <div className="rounded-lg bg-white p-6 shadow">
            <p role="status" data-verified={c.valid ? 'valid' : 'invalid'} className={`mb-4 text-lg font-semibold ${c.valid ? 'text-green-800' : 'text-red-800'}`}>
              {c.valid ? '✓ Valid: signed by this academy.' : '✗ The signature does not verify.'}
            </p>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
              <dt className="font-medium">Learner</dt>
              <dd>{c.learnerName}</dd>
              <dt className="font-medium">Course</dt>
              <dd>{c.courseTitle}</dd>
              <dt className="font-medium">Issued</dt>
              <dd>{date(c.issuedAt)}</dd>
              <dt className="font-medium">Academy</dt>
              <dd>{c.tenant}</dd>
              <dt className="font-medium">Algorithm</dt>
              <dd>
                {c.algorithm} (key {c.kid})
              </dd>
              <dt className="font-medium">Signed payload</dt>
              <dd className="break-all font-mono text-sm">{c.signedPayload}</dd>
              <dt className="font-medium">Signature</dt>
              <dd className="break-all font-mono text-sm">{c.signature}</dd>
            </dl>
            <p className="mt-4 text-sm">
              Check it yourself with the academy's <a className="text-blue-800 underline" href={c.publicKeyUrl}>public key</a>. ·{' '}
              <Link className="text-blue-800 underline" to={`/certificates/${c.code}`}>
                The certificate
              </Link>
            </p>
          </div>
        )}
      </QueryView>
    </section>
  );
}
