/**
 * The operator's Prometheus metrics and its small HTTP server: `/metrics`, `/healthz` (the process
 * and its loops are alive) and `/readyz` (informers synced, or waiting as a standby replica).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class OperatorMetrics {
  readonly registry = new Registry();
  readonly reconciles = new Counter({ name: 'academy_operator_reconcile_total', help: 'Reconciles by kind and result (success, requeue, error)', labelNames: ['kind', 'result'], registers: [this.registry] });
  readonly errors = new Counter({ name: 'academy_operator_reconcile_errors_total', help: 'Reconciles that failed and went back to the queue with backoff', labelNames: ['kind'], registers: [this.registry] });
  readonly duration = new Histogram({
    name: 'academy_operator_reconcile_duration_seconds',
    help: 'Time of one reconcile',
    labelNames: ['kind'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({ name: 'academy_operator_queue_depth', help: 'Keys waiting in the work queue', labelNames: ['kind'], registers: [this.registry] });
  readonly queueRetries = new Gauge({ name: 'academy_operator_queue_delayed', help: 'Keys waiting for a backoff or requeue delay', labelNames: ['kind'], registers: [this.registry] });
  readonly apiRequests = new Counter({ name: 'academy_operator_api_requests_total', help: 'Requests to the Kubernetes API by verb, resource and code', labelNames: ['verb', 'resource', 'code'], registers: [this.registry] });
  readonly writesSkipped = new Counter({ name: 'academy_operator_apply_skipped_total', help: 'Owned objects found as desired, so not applied', labelNames: ['kind'], registers: [this.registry] });
  readonly throttled = new Counter({ name: 'academy_operator_throttled_total', help: 'Reconciles re-queued because the API server answered 429/503 with Retry-After', labelNames: ['kind'], registers: [this.registry] });
  readonly clientWait = new Gauge({ name: 'academy_operator_client_rate_limit_wait_seconds', help: 'Seconds requests waited for the client-side rate limiter (OPERATOR_QPS/OPERATOR_BURST), summed', registers: [this.registry] });
  readonly leader = new Gauge({ name: 'academy_operator_leader', help: '1 when this replica leads', registers: [this.registry] });

  constructor(withProcessMetrics = true) {
    if (withProcessMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'academy_operator_' });
  }
}

export interface HealthState {
  /** The loops run (false once stopping). */
  alive(): boolean;
  /** Ready to serve: leading with synced informers, or waiting as a standby. */
  ready(): boolean;
}

/** Serves /metrics, /healthz and /readyz; resolves with the bound port. */
export async function startMetricsServer(metrics: OperatorMetrics, health: HealthState, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
          res.end(text);
        },
        (err: Error) => {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(err.message);
        },
      );
      return;
    }
    if (path === '/healthz' || path === '/readyz') {
      const ok = path === '/healthz' ? health.alive() : health.ready();
      res.writeHead(ok ? 200 : 503, { 'Content-Type': 'text/plain' });
      res.end(ok ? 'ok' : 'not ready');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
