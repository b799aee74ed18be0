/**
 * Network of a tenant's namespace: deny everything by default, then allow exactly
 * ingress controller -> gateway, gateway -> services, operator -> courses (publishing),
 * services -> PostgreSQL / Redis / DNS, auth -> the identity provider (spec.sso); and the Ingress of the tenant's domains to the gateway.
 */
import { Construct } from 'constructs';
import {
  Ingress,
  IngressBackend,
  LabelExpression,
  Namespaces,
  NetworkPolicy,
  NetworkPolicyIpBlock,
  NetworkPolicyPort,
  NetworkPolicyTrafficDefault,
  Pods,
  Secret,
  type INetworkPolicyPeer,
  type Service,
} from 'cdk8s-plus-28';
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
  /** No Ingress (a Tenant being promoted from a pool). @default false */
  readonly withoutIngress?: boolean;
}

const COMPONENT = 'app.kubernetes.io/component';

/** A rule: peers (any of them) on ports; cdk8s-plus renders one rule per peer, with the same ports. */
type Rule = { peers: INetworkPolicyPeer[]; ports: NetworkPolicyPort[] };

export class TenantNetwork extends Construct {
  constructor(scope: Construct, id: string, props: TenantNetworkProps) {
    super(scope, id);
    const { tenant, namespace, shardMap, owner } = props;
    const tenantName = tenant.metadata.name as string;
    const backends = SERVICE_NAMES.filter((s) => s !== 'gateway');
    let ids = 0;
    const scopeId = () => `peer-${++ids}`;
    const allPods = () => Pods.all(this, scopeId());
    const component = (name: string) => Pods.select(this, scopeId(), { labels: { [COMPONENT]: name } });
    const backendPods = () => Pods.select(this, scopeId(), { expressions: [LabelExpression.in(COMPONENT, [...backends])] });
    const inNamespace = (name: string) => Namespaces.select(this, scopeId(), { names: [name] });
    const anywhere = (): INetworkPolicyPeer[] => [NetworkPolicyIpBlock.anyIpv4(this, scopeId()), Namespaces.all(this, scopeId())];
    const http = [NetworkPolicyPort.tcp(HTTP_PORT)];
    const traffic = (rules: Rule[] | undefined) =>
      rules === undefined ? undefined : { default: NetworkPolicyTrafficDefault.DENY, rules: rules.flatMap((r) => r.peers.map((peer) => ({ peer, ports: r.ports }))) };
    const policy = (name: string, selector: Pods, rules: { ingress?: Rule[]; egress?: Rule[] }) =>
      new NetworkPolicy(this, name, {
        metadata: { name, namespace, labels: tenantLabels(tenantName, 'network'), ...ownerReferences(owner) },
        selector,
        ingress: traffic(rules.ingress),
        egress: traffic(rules.egress),
      });

    policy('default-deny', allPods(), { ingress: [], egress: [] });
    const kubeDns = Pods.select(this, scopeId(), { labels: { 'k8s-app': 'kube-dns' }, namespaces: inNamespace('kube-system') });
    policy('allow-dns', allPods(), { egress: [{ peers: [kubeDns], ports: [NetworkPolicyPort.udp(53), NetworkPolicyPort.tcp(53)] }] });
    policy('allow-ingress-controller-to-gateway', component('gateway'), { ingress: [{ peers: [inNamespace(props.ingressControllerNamespace)], ports: http }] });
    policy('allow-gateway-to-services', backendPods(), { ingress: [{ peers: [component('gateway')], ports: http }] });
    policy('allow-gateway-egress-to-services', component('gateway'), { egress: [{ peers: [backendPods()], ports: http }] });
    policy('allow-operator-to-courses', component('courses'), { ingress: [{ peers: [inNamespace(props.operatorNamespace)], ports: http }] });
    if (props.monitoringNamespace) {
      policy('allow-monitoring-scrape', allPods(), { ingress: [{ peers: [inNamespace(props.monitoringNamespace)], ports: http }] });
    }
    const cnpgClusters = shardMap.clusters.flatMap((c) => (c.connection.engine === 'cloudnative-pg' ? [c.connection.cluster] : []));
    const databasePeers: INetworkPolicyPeer[] = cnpgClusters.length
      ? [Pods.select(this, scopeId(), { expressions: [LabelExpression.in('cnpg.io/cluster', cnpgClusters)], namespaces: inNamespace(shardMap.shardSet.namespace) })]
      : [];
    // Managed (external) databases live outside the cluster, at addresses only their URLs know.
    const external = shardMap.clusters.some((c) => c.connection.engine === 'external');
    policy('allow-postgres-egress', allPods(), { egress: [{ peers: [...databasePeers, ...(external ? [NetworkPolicyIpBlock.anyIpv4(this, scopeId())] : [])], ports: [NetworkPolicyPort.tcp(5432)] }] });
    policy('allow-redis-egress', allPods(), { egress: [{ peers: anywhere(), ports: [NetworkPolicyPort.tcp(6379)] }] });
    // Single sign-on: the auth service fetches the provider's discovery document, keys and tokens
    // (its addresses are known only by name, so any address on the issuer's port).
    if (tenant.spec.sso) {
      const issuer = new URL(tenant.spec.sso.issuer);
      const port = Number(issuer.port) || (issuer.protocol === 'http:' ? 80 : 443);
      policy('allow-sso-egress', component('auth'), { egress: [{ peers: [NetworkPolicyIpBlock.anyIpv4(this, scopeId())], ports: [NetworkPolicyPort.tcp(port)] }] });
    }

    const domains = tenant.spec.domains ?? [];
    if (domains.length > 0 && !props.withoutIngress) {
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
