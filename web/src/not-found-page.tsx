import { Link } from 'react-router';
import { PageTitle } from './ui/status';

export default function NotFoundPage() {
  return (
    <section>
      <PageTitle>Page not found</PageTitle>
      <p>
        There is nothing at this address. <Link className="text-blue-800 underline" to="/">Browse the catalog</Link>.
      </p>
    </section>
  );
}
