import { Link, useParams } from 'react-router';
import { QueryView, buttonClass, secondaryButtonClass } from '../ui/status';
import { useCertificate } from './certificate-query';
import { date } from './format';

/** The certificate, printable (the print stylesheet drops the navigation). */
export default function CertificatePage() {
  const { code } = useParams();
  const cert = useCertificate(code);
  return (
    <QueryView query={cert} label="Loading the certificate…">
      {(c) => (
        <article>
          <div className="mx-auto max-w-2xl rounded-xl border-4 border-double border-blue-900 bg-white p-10 text-center shadow print:shadow-none">
            <p className="text-sm uppercase tracking-widest text-slate-600">{c.tenant} · Certificate of completion</p>
            <h1 className="mt-6 text-3xl font-bold text-blue-950">{c.learnerName}</h1>
            <p className="mt-4 text-slate-700">has completed</p>
            <p className="mt-2 text-2xl font-semibold">{c.courseTitle}</p>
            <p className="mt-6 text-slate-700">on {date(c.issuedAt)}</p>
            <p className="mt-8 break-all text-xs text-slate-600">Certificate {c.code}</p>
          </div>
          <div className="no-print mt-6 flex flex-wrap justify-center gap-3">
            <button type="button" className={buttonClass} onClick={() => window.print()}>
              Print
            </button>
            <Link className={secondaryButtonClass} to={`/certificates/${c.code}/verify`}>
              Verify this certificate
            </Link>
            <a className={secondaryButtonClass} href={`/api/v1/certificates/${c.code}/printable`} download={`certificate-${c.code}.svg`}>
              Download the printable file (SVG)
            </a>
          </div>
          <p className="no-print mt-4 text-center text-sm text-slate-700">
            Anyone can check it at <span className="font-mono">{`${location.origin}/certificates/${c.code}/verify`}</span>
          </p>
        </article>
      )}
    </QueryView>
  );
}
