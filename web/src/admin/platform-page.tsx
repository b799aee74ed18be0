import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { PageTitle, QueryView } from '../ui/status';
import type { PlatformView } from '../api/pending-routes';

/**
 * The academy's platform: services (desired/ready replicas, autoscaler), shard clusters and
 * their health, the Tenant's conditions — from GET /api/v1/admin/platform (the operator's
 * mirror of the Tenant status in a cluster; the one process locally). Shows whatever the server
 * sends, section by section; a server without the route says so instead of an empty panel.
 */
export default function PlatformPage() {
  const platform = useQuery({
    queryKey: ['admin', 'platform'],
    queryFn: async () => {
      try {
        return await unwrap(() => api.GET('/api/v1/admin/platform'));
      } catch (err) {
        if (err instanceof ApiError && err.notAvailable) return 'not-available' as const;
        throw err;
      }
    },
    refetchInterval: 15_000,
  });
  return (
    <section>
      <PageTitle>Platform</PageTitle>
      <QueryView query={platform} label="Loading the platform view…">
        {(view) =>
          view === 'not-available' ? (
            <p role="status" data-platform="not-available" className="rounded-lg bg-amber-50 p-4 text-amber-950">
              The platform view is not available on this server: it does not serve <code>GET /api/v1/admin/platform</code> yet.
            </p>
          ) : (
            <PlatformPanels view={view} />
          )
        }
      </QueryView>
    </section>
  );
}

function PlatformPanels({ view }: { view: PlatformView }) {
  const { services, shards, conditions, ...rest } = view;
  const known = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null);
  return (
    <div data-platform="loaded" className="space-y-6">
      {known.length > 0 && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-white p-4 shadow">
          {known.map(([k, v]) => (
            <Fragmentless key={k} term={k} value={v} />
          ))}
        </dl>
      )}
      <Panel title="Services" empty="The server reported no services.">
        {services?.length ? (
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="p-2">Service</th>
                <th scope="col" className="p-2">Ready / desired</th>
                <th scope="col" className="p-2">Autoscaler</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.name} className="border-t border-slate-200">
                  <td className="p-2 font-medium">{s.name}</td>
                  <td className="p-2">
                    {s.readyReplicas ?? '–'} / {s.desiredReplicas ?? '–'}
                  </td>
                  <td className="p-2 text-sm">{s.autoscaler ? summary(s.autoscaler) : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
      <Panel title="Shard clusters" empty="The server reported no shard clusters.">
        {shards?.length ? (
          <ul className="space-y-1">
            {shards.map((s) => (
              <li key={s.name}>
                <span className="font-medium">{s.name}</span>{' '}
                <span className={s.healthy === false ? 'text-red-800' : 'text-green-800'}>{s.healthy === undefined ? 'health unknown' : s.healthy ? 'healthy' : 'unhealthy'}</span>
                <span className="ml-2 text-sm text-slate-600">{summary(Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'name' && k !== 'healthy')))}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </Panel>
      <Panel title="Conditions" empty="The server reported no conditions.">
        {conditions?.length ? (
          <ul className="space-y-1">
            {conditions.map((c) => (
              <li key={c.type}>
                <span className="font-medium">{c.type}</span>: {c.status}
                {c.reason && ` (${c.reason})`}
                {c.message && <span className="text-slate-700"> — {c.message}</span>}
              </li>
            ))}
          </ul>
        ) : null}
      </Panel>
    </div>
  );
}

function Panel({ title, empty, children }: { title: string; empty: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg bg-white p-4 shadow" aria-labelledby={`platform-${title.replace(/\W+/g, '-')}`}>
      <h2 id={`platform-${title.replace(/\W+/g, '-')}`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children ?? <p className="text-slate-700">{empty}</p>}
    </section>
  );
}

function Fragmentless({ term, value }: { term: string; value: unknown }) {
  return (
    <>
      <dt className="font-medium">{term}</dt>
      <dd className="break-all">{typeof value === 'object' ? summary(value as Record<string, unknown>) : String(value)}</dd>
    </>
  );
}

/** "key: value, …" for any small object the server adds. */
function summary(o: Record<string, unknown>): string {
  return Object.entries(o)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}
