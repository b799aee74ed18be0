/**
 * Service boundaries, checked in `make test` (tests/contract/boundaries.test.ts). A service imports
 * the kit and other services' public interface only; the kit and the operator import no service.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kit-imports-no-service',
      comment: 'The kit is shared by every service: it must not know any of them.',
      severity: 'error',
      from: { path: '^services/kit/' },
      to: { path: '^services/(?!kit/)[^/]+/' },
    },
    {
      name: 'operator-imports-no-service',
      comment:
        'The operator runs in its own process and talks to services over HTTP only (it may use the kit: config, logger). ' +
        "Kept: operator/shard-move-job.ts is the academy program's `shards` role run as a Job in the cluster; it composes the mover with a Kubernetes map store.",
      severity: 'error',
      from: { path: '^operator/', pathNot: '^operator/shard-move-job\\.ts$' },
      // services/shards/map-store.ts is pure shard-map arithmetic (which cluster owns a range),
      // shared by the mover and the operator's rendering of a declared move.
      to: { path: '^services/(?!kit/)', pathNot: '^services/shards/map-store\\.ts$' },
    },
    {
      name: 'service-through-public-interface',
      comment: "A service reaches another only through that service's public interface (its api.ts).",
      severity: 'error',
      from: { path: '^services/([^/]+)/', pathNot: '^services/kit/' },
      to: { path: '^services/([^/]+)/', pathNot: ['^services/$1/', '^services/kit/', '^services/[^/]+/api\\.ts$'] },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
