/** `tsx tests/operator/cluster-sim-main.ts <kubeconfig>`: runs the cluster simulator until SIGTERM (used by bench/operator.ts). */
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterSim } from './cluster-sim.ts';

const kc = new KubeConfig();
kc.loadFromFile(process.argv[2]);
const sim = await new ClusterSim(kc).start();
console.log('simulating Deployments and CloudNativePG clusters');
process.once('SIGTERM', () => void sim.stop().then(() => process.exit(0)));
