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
      comment: 'The operator runs in its own process and talks to services over HTTP only (it may use the kit: config, logger).',
      severity: 'error',
      from: { path: '^operator/' },
      to: { path: '^services/(?!kit/)' },
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
