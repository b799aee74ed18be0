import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { PageTitle, QueryView } from '../ui/status';
import type { Ok } from '../api/types';

type PlatformView = Ok<'/api/v1/admin/platform', 'get'>;

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
  const health = (h: { status: string; latencyMs: number; error?: string } | undefined) =>
    h ? `${h.status === 'ok' ? 'healthy' : 'failing'} (${Math.round(h.latencyMs)} ms${h.error ? `: ${h.error}` : ''})` : 'not reported';
  return (
    <div data-platform="loaded" className="space-y-6">
      <p className="text-slate-700">
        {view.tenant?.name ?? 'This academy'} · {view.source === 'operator' ? 'from the Tenant status the operator publishes' : 'this one process (no operator)'}
        {view.generatedAt && ` · as of ${new Date(view.generatedAt).toLocaleTimeString()}`}
      </p>
      {view.notice && (
        <p role="status" className="rounded-md bg-blue-50 p-3 text-blue-950">
          {view.notice}
        </p>
      )}
      <Panel title="Services" empty="The server reported no services.">
        {view.services?.length ? (
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="p-2">Service</th>
                <th scope="col" className="p-2">Runs</th>
                <th scope="col" className="p-2">Ready / desired</th>
                <th scope="col" className="p-2">Autoscaler</th>
              </tr>
            </thead>
            <tbody>
              {view.services.map((s) => (
                <tr key={s.name} className="border-t border-slate-200">
                  <td className="p-2 font-medium">
                    {s.name} <span className={s.ready ? 'text-green-800' : 'text-red-800'}>{s.ready ? '(ready)' : '(not ready)'}</span>
                  </td>
                  <td className="p-2">{s.runs}</td>
                  <td className="p-2">
                    {s.readyReplicas ?? '–'} / {s.desiredReplicas ?? '–'}
                  </td>
                  <td className="p-2 text-sm">
                    {s.autoscaler
                      ? `${s.autoscaler.minReplicas}–${s.autoscaler.maxReplicas} replicas${s.autoscaler.targetCPUUtilization ? `, CPU target ${s.autoscaler.targetCPUUtilization}%` : ''}${s.autoscaler.desiredReplicas !== null ? `, wants ${s.autoscaler.desiredReplicas}` : ''}`
                      : 'none'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
      <Panel title="Data" empty="The server reported no databases.">
        {view.shards || view.database || view.redis ? (
          <ul className="space-y-1">
            {view.database && (
              <li>
                <span className="font-medium">Control database</span> ({view.database.kind}, {view.database.controlReplicas} replicas): {health(view.database.control)}
              </li>
            )}
            {view.shards?.clusters.map((c) => (
              <li key={c.name}>
                <span className="font-medium">Shard cluster {c.name}</span> (logical shards {c.ranges.map((r) => r.join('–')).join(', ')} of {view.shards.logicalShards}; {c.replicas} replicas): {health(c.health)}
              </li>
            ))}
            {view.redis && (
              <li>
                <span className="font-medium">Redis</span> ({view.redis.adapter}): {health(view.redis.health)}
              </li>
            )}
          </ul>
        ) : null}
      </Panel>
      <Panel title="Conditions" empty={view.source === 'local' ? 'No Tenant conditions: this academy runs without the operator.' : 'The server reported no conditions.'}>
        {view.conditions?.length ? (
          <ul className="space-y-1">
            {view.conditions.map((c) => (
              <li key={c.type}>
                <span className="font-medium">{c.type}</span>: {c.status}
                {c.reason && ` (${c.reason})`}
                {c.message && <span className="text-slate-700"> — {c.message}</span>}
              </li>
            ))}
          </ul>
        ) : null}
      </Panel>
      {view.process && (
        <Panel title="This process" empty="">
          <p>
            {view.process.hostname} · pid {view.process.pid} · Node {view.process.node} · up {Math.round(view.process.uptimeSeconds / 60)} min · {Math.round(view.process.rssBytes / 1048576)} MB · serves {view.process.services.join(', ')}
          </p>
        </Panel>
      )}
    </div>
  );
}

function Panel({ title, empty, children }: { title: string; empty: string; children: React.ReactNode }) {
  const id = `platform-${title.replace(/\W+/g, '-')}`;
  return (
    <section className="rounded-lg bg-white p-4 shadow" aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children ?? <p className="text-slate-700">{empty}</p>}
    </section>
  );
}
