/**
 * Standalone test API server: `npm run kube:test-server -- --port 8080 --kubeconfig ./kubeconfig`
 * (`--load <file|dir>` preloads manifests; repeatable). Serves until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { readManifests } from './manifests.ts';
import { startKubeTestServer } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    kubeconfig: { type: 'string' },
    load: { type: 'string', multiple: true, default: [] },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const server = await startKubeTestServer({ port, host: values.host, objects: readManifests(...(values.load ?? [])) });
if (values.kubeconfig) await server.writeKubeconfig(values.kubeconfig);
console.log(`kube test API server listening on ${server.url}${values.kubeconfig ? ` (kubeconfig: ${values.kubeconfig})` : ''}`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
