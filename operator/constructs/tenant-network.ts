/**
 * Network of a tenant's namespace: deny everything by default, then allow exactly
 * ingress controller -> gateway, gateway -> services, operator -> courses (publishing),
 * services -> PostgreSQL / Redis / DNS; and the Ingress of the tenant's domains to the gateway.
 */
import { Construct } from 'constructs';
import { Ingress, IngressBackend, Secret, k8s, type Service } from 'cdk8s-plus-28';
import type { Tenant } from '../../crds/index.ts';
import { HTTP_PORT, SERVICE_NAMES, ownerReferences, tenantLabels, type Owner } from './labels.ts';
import type { ShardMap } from './shard-map.ts';

export interface TenantNetworkProps {
  readonly tenant: Tenant;
  readonly namespace: string;
  readonly shardMap: ShardMap;
  /** Namespace of the ingress controller allowed to reach the gateway. */
  readonly ingressControllerNamespace: string;
  /** Namespace of the academy operator, allowed to reach the courses service. */
  readonly operatorNamespace: string;
  /** Namespace of Prometheus, allowed to scrape /metrics of every service. @default none */
  readonly monitoringNamespace?: string;
  /** @default no ownerReferences */
  readonly owner?: Owner;
  /** The gateway's Service: the backend of the Ingress of the tenant's domains. */
  readonly gateway: Service;
}

const NAME_LABEL = 'kubernetes.io/metadata.name';
const COMPONENT = 'app.kubernetes.io/component';
const ANYWHERE: k8s.NetworkPolicyPeer[] = [{ ipBlock: { cidr: '0.0.0.0/0' } }, { namespaceSelector: {} }];

const tcp = (port: number): k8s.NetworkPolicyPort => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) });
const inNamespace = (name: string): k8s.LabelSelector => ({ matchLabels: { [NAME_LABEL]: name } });
const component = (name: string): k8s.LabelSelector => ({ matchLabels: { [COMPONENT]: name } });

export class TenantNetwork extends Construct {
  constructor(scope: Construct, id: string, props: TenantNetworkProps) {
    super(scope, id);
    const { tenant, namespace, shardMap, owner } = props;
    const tenantName = tenant.metadata.name as string;
    const backends = SERVICE_NAMES.filter((s) => s !== 'gateway');
    const backendSelector: k8s.LabelSelector = { matchExpressions: [{ key: COMPONENT, operator: 'In', values: [...backends] }] };
    const policy = (name: string, spec: k8s.NetworkPolicySpec): k8s.KubeNetworkPolicy =>
      new k8s.KubeNetworkPolicy(this, name, {
        metadata: { name, namespace, labels: tenantLabels(tenantName, 'network'), ...ownerReferences(owner) },
        spec,
      });

    policy('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    policy('allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: inNamespace('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) }, tcp(53)],
        },
      ],
    });
    policy('allow-ingress-controller-to-gateway', {
      podSelector: component('gateway'),
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: inNamespace(props.ingressControllerNamespace) }], ports: [tcp(HTTP_PORT)] }],
    });
    policy('allow-gateway-to-services', {
      podSelector: backendSelector,
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: component('gateway') }], ports: [tcp(HTTP_PORT)] }],
    });
    policy('allow-gateway-egress-to-services', {
      podSelector: component('gateway'),
      policyTypes: ['Egress'],
      egress: [{ to: [{ podSelector: backendSelector }], ports: [tcp(HTTP_PORT)] }],
    });
    policy('allow-operator-to-courses', {
      podSelector: component('courses'),
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: inNamespace(props.operatorNamespace) }], ports: [tcp(HTTP_PORT)] }],
    });
    if (props.monitoringNamespace) {
      policy('allow-monitoring-scrape', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: inNamespace(props.monitoringNamespace) }], ports: [tcp(HTTP_PORT)] }],
      });
    }
    const cnpgClusters = shardMap.clusters.flatMap((c) => (c.connection.engine === 'cloudnative-pg' ? [c.connection.cluster] : []));
    const databasePeers: k8s.NetworkPolicyPeer[] = cnpgClusters.length
      ? [
          {
            namespaceSelector: inNamespace(shardMap.shardSet.namespace),
            podSelector: { matchExpressions: [{ key: 'cnpg.io/cluster', operator: 'In', values: cnpgClusters }] },
          },
        ]
      : [];
    // Managed (external) databases live outside the cluster, at addresses only their URLs know.
    const external = shardMap.clusters.some((c) => c.connection.engine === 'external');
    policy('allow-postgres-egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [...databasePeers, ...(external ? [{ ipBlock: { cidr: '0.0.0.0/0' } }] : [])], ports: [tcp(5432)] }],
    });
    policy('allow-redis-egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: ANYWHERE, ports: [tcp(6379)] }] });

    const domains = tenant.spec.domains ?? [];
    if (domains.length > 0) {
      const { className, tlsSecretName } = tenant.spec.ingress;
      const ingress = new Ingress(this, 'ingress', {
        metadata: { name: 'academy', namespace, labels: tenantLabels(tenantName, 'gateway'), ...ownerReferences(owner) },
        ...(className ? { className } : {}),
        ...(tlsSecretName ? { tls: [{ hosts: [...domains], secret: Secret.fromSecretName(this, 'tls', tlsSecretName) }] } : {}),
      });
      for (const host of domains) ingress.addHostDefaultBackend(host, IngressBackend.fromService(props.gateway));
    }
  }
}
