/**
 * `tsx tests/operator/cluster-sim-main.ts <kubeconfig>`: runs the cluster simulator until SIGTERM
 * (used by bench/operator.ts and by a local run, operator/README.md). It plays CloudNativePG, whose
 * installation brings the `clusters.postgresql.cnpg.io` CRD: that CRD (the stand-in in
 * tests/kube/fixtures) is created first when the cluster does not have it.
 */
import { readFileSync } from 'node:fs';
import { KubeConfig, KubernetesObjectApi, loadAllYaml, type KubernetesObject } from '@kubernetes/client-node';
import { allowPlainHttp } from '../../operator/kube/client.ts';
import { fixtures } from '../kube/testkit.ts';
import { ClusterSim } from './cluster-sim.ts';

const kc = new KubeConfig();
kc.loadFromFile(process.argv[2]);
const api = KubernetesObjectApi.makeApiClient(allowPlainHttp(kc));
// client-node serialises through its typed models, which spell `x-kubernetes-preserve-unknown-fields`
// as `x_kubernetes_preserve_unknown_fields`: plain YAML must be loaded into the models (loadAllYaml),
// or those keys are dropped on the way out (and CloudNativePG's status would be pruned).
for (const crd of loadAllYaml(readFileSync(`${fixtures}cnpg-cluster-crd.yaml`, 'utf8')) as KubernetesObject[]) {
  try {
    await api.read({ apiVersion: crd.apiVersion, kind: crd.kind, metadata: { name: crd.metadata!.name! } });
  } catch {
    await api.create(crd);
    console.log(`created CustomResourceDefinition ${crd.metadata!.name} (what installing CloudNativePG brings)`);
  }
}
const sim = await new ClusterSim(kc).start();
console.log('simulating Deployments and CloudNativePG clusters');
process.once('SIGTERM', () => void sim.stop().then(() => process.exit(0)));
process.once('SIGINT', () => void sim.stop().then(() => process.exit(0)));
