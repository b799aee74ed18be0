/**
 * `academy operator`: runs the Kubernetes operator until SIGTERM/SIGINT (graceful: in-flight
 * reconciles finish, the Lease is released) or until it loses its Lease (exit 1, so the
 * Deployment restarts it as a standby). See README.md in this folder.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../services/kit/logger.ts';
import { loadOperatorConfig, OperatorConfigError } from './config.ts';
import { startOperator } from './manager.ts';

const HELP = `academy operator — reconciles ShardSets, Tenants and Courses (academy.trendtactics.io/v1alpha1)

Usage: academy operator [--help]

Connects with KUBECONFIG (or ~/.kube/config, or the in-cluster service account). Configuration
from the environment: WATCH_NAMESPACE, POD_NAMESPACE, POD_NAME, LEADER_ELECTION (default: on in a
cluster, off outside), METRICS_PORT, OPERATOR_IMAGE, COURSES_URL_TEMPLATE, RESYNC_SECONDS, WORKERS,
LOG_LEVEL (see operator/README.md).`;

/** Entry of `academy operator`: -1 while it runs; the process exits with the code it settles on. */
export async function runOperator(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: false, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  let config;
  try {
    config = loadOperatorConfig();
  } catch (err) {
    if (err instanceof OperatorConfigError) {
      console.error(`academy operator: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL).child({ component: 'operator', pod: config.POD_NAME });
  const operator = await startOperator({ config, log });
  const onSignal = (signal: string) => {
    log.info({ signal }, 'stopping');
    void operator.stop();
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  void operator.stopped.then((code) => {
    log.info({ code }, 'operator stopped');
    process.exit(code);
  });
  return -1;
}
