/**
 * Tenant -> Namespace `academy-<tenant>`, ServiceAccount, Secrets (signing keys, database
 * credentials), ConfigMap (configuration + shard map), a ServiceWorkload per service, default-deny
 * NetworkPolicies with the needed allows, and the Ingress of the tenant's domains.
 *
 * Pure: the same props give the same objects. Anything random or secret (keys, passwords) is an
 * input, so the operator can keep what already exists.
 */
import { createHash } from 'node:crypto';
import { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { ConfigMap, Secret, ServiceAccount, k8s } from 'cdk8s-plus-28';
import type { Tenant } from '../../crds/index.ts';
import { HTTP_PORT, SERVICE_NAMES, STAGING_SERVICES, STORAGE_SERVICES, ownerReferences, tenantLabels, tenantNamespace, type Owner } from './labels.ts';
import { controlCluster, shardMapJson, type ShardMap } from './shard-map.ts';
import { SERVICE_TOKEN_KEY, SIGNING_KEYS_KEY, assertTenantKeys, type TenantKeys } from './tenant-keys.ts';
import { TenantNetwork } from './tenant-network.ts';
import {
  TENANT_CONFIG_MAP,
  TENANT_DATABASE_SECRET,
  TENANT_KEYS_SECRET,
  TENANT_SERVICE_ACCOUNT,
  ServiceWorkload,
} from './service-workload.ts';
import type { KubeManifest } from './shardset-chart.ts';

export interface TenantChartProps {
  /** The Tenant as stored (defaults applied: see `withDefaults` in crds/index.ts). */
  readonly tenant: Tenant;
  /** Shard map of the tenant's ShardSet (`shardMapFor(shardSet)`). */
  readonly shardMap: ShardMap;
  /** Signing keys and service token: read from the existing Secret, or `generateTenantKeys()` once. */
  readonly keys: TenantKeys;
  /**
   * Value of every `shardMap.credentials[].variable`, copied by the operator from the Secret each
   * one names (those live in the ShardSet's namespace, which the tenant's pods cannot read).
   */
  readonly databaseCredentials: Readonly<Record<string, string>>;
  /**
   * Image when `spec.image` is empty: the operator passes its own image.
   * @default none: then spec.image is required
   */
  readonly defaultImage?: string;
  /** Redis the services share (rate limits, cache, queues). @default none: in-process adapters */
  readonly redisUrl?: string;
  /** @default 'ingress-nginx' */
  readonly ingressControllerNamespace?: string;
  /** @default 'academy-system' */
  readonly operatorNamespace?: string;
  /** @default none: no scrape allowance */
  readonly monitoringNamespace?: string;
  /** Owner of every rendered object (the Tenant), so deleting it deletes them. @default no ownerReferences */
  readonly owner?: Owner;
  /** More configuration for every service (a TenantPool's TENANT_RATE_LIMIT_PER_MINUTE). @default none */
  readonly extraConfig?: Readonly<Record<string, string>>;
  /** Leave out the Ingress of the domains (a Tenant being promoted: the pool serves them until its services are ready). @default false */
  readonly withoutIngress?: boolean;
}

/**
 * The writable DATA_DIR of a service that stages uploads (the video service's unfinished tus
 * uploads) when the tenant's spec.storage.driver is `fs`: room for uploads in flight on the pod's
 * node (an `emptyDir`, gone with the pod). With `s3` they are staged in the bucket: no volume.
 */
export const UPLOAD_STAGING_SIZE = '10Gi';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const base64Values = (values: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, base64(v)]));
/** `${VAR}` (filled by the services) -> `$(VAR)` (filled by the kubelet from earlier env entries). */
const kubeletRefs = (url: string): string => url.replace(/\$\{([A-Za-z0-9_]+)\}/g, '$($1)');

function sortedJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}

/** The environment configuration of every service of `tenant` (the ConfigMap's env keys). */
export function tenantConfig(tenant: Tenant, shardMap: ShardMap, redisUrl?: string): Record<string, string> {
  const name = tenant.metadata.name as string;
  const domains = tenant.spec.domains ?? [];
  const tls = Boolean(tenant.spec.ingress.tlsSecretName);
  const config: Record<string, string> = {
    NODE_ENV: 'production',
    PORT: String(HTTP_PORT),
    LOG_LEVEL: 'info',
    DEFAULT_TENANT: name,
    // `serve --migrate` makes the academy's row (idempotently) from these.
    TENANT_NAME: tenant.spec.displayName ?? name,
    TENANT_DOMAINS: domains.join(','),
    ACADEMY_PLAN: tenant.spec.plan,
    ACADEMY_FEATURES: sortedJson(tenant.spec.features ?? {}),
    COOKIE_SECURE: String(tls),
    SERVICE_URLS: JSON.stringify(Object.fromEntries(SERVICE_NAMES.map((s) => [s, `http://${s}:${HTTP_PORT}`]))),
    REDIS_PREFIX: `academy:${name}:`,
    SHARD_MAP: shardMapJson(shardMap),
  };
  Object.assign(config, ssoConfig(tenant), storageConfig(tenant));
  if (domains.length) config.CORS_ORIGINS = domains.map((d) => `${tls ? 'https' : 'http'}://${d}`).join(',');
  if (redisUrl) config.REDIS_URL = redisUrl;
  return config;
}

/**
 * The tenant's single sign-on (spec.sso) as the academy reads it (services/kit/config.ts SSO_*;
 * docs/sso.md). The client secret is not here: `ssoEnv` gives it to the auth service from the
 * Secret spec.sso.clientSecretRef names.
 */
export function ssoConfig(tenant: Tenant): Record<string, string> {
  const sso = tenant.spec.sso;
  if (!sso) return {};
  const config: Record<string, string> = {
    SSO_ISSUER: sso.issuer,
    SSO_CLIENT_ID: sso.clientId,
    SSO_ALLOWED_EMAIL_DOMAINS: (sso.allowedEmailDomains ?? []).join(','),
    SSO_SCOPES: (sso.scopes ?? ['openid', 'email', 'profile']).join(','),
    SSO_ROLE_MAPPING: sortedJson(sso.roleMapping ?? {}),
    SSO_ENFORCE: String(sso.enforce ?? false),
  };
  if (sso.displayName) config.SSO_DISPLAY_NAME = sso.displayName;
  if (sso.roleClaim) config.SSO_ROLE_CLAIM = sso.roleClaim;
  return config;
}

/** The client secret of the tenant's identity provider, for the service that signs in (auth): none without spec.sso. */
export function ssoEnv(tenant: Tenant): k8s.EnvVar[] {
  const ref = tenant.spec.sso?.clientSecretRef;
  return ref ? [{ name: 'SSO_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } }] : [];
}

/**
 * The tenant's storage (spec.storage) as the academy reads it (services/kit/config.ts
 * STORAGE_DRIVER, S3_*; docs/media.md): the non-secret settings only. The access keys are not
 * here: `storageEnv` gives them to the services that use storage from the Secret
 * spec.storage.s3.credentialsSecretRef names.
 */
export function storageConfig(tenant: Tenant): Record<string, string> {
  const { driver, s3 } = tenant.spec.storage ?? { driver: 'fs' };
  // `fs` is the academy's default: nothing written, so a Tenant without spec.storage renders (and hashes) as before.
  if (driver !== 's3' || !s3) return {};
  return {
    STORAGE_DRIVER: 's3',
    S3_BUCKET: s3.bucket,
    ...(s3.endpoint ? { S3_ENDPOINT: s3.endpoint } : {}),
    ...(s3.region ? { S3_REGION: s3.region } : {}),
    S3_FORCE_PATH_STYLE: String(s3.forcePathStyle ?? false),
  };
}

/** The S3 access keys from the Secret spec.storage.s3.credentialsSecretRef names: none with `fs` or without a reference (the SDK's own chain). */
export function storageEnv(tenant: Tenant): k8s.EnvVar[] {
  const storage = tenant.spec.storage;
  const ref = storage?.driver === 's3' ? storage.s3?.credentialsSecretRef : undefined;
  if (!ref) return [];
  return [
    { name: 'S3_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: ref.name, key: ref.accessKeyIdKey ?? 'access-key-id' } } },
    { name: 'S3_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: ref.name, key: ref.secretAccessKeyKey ?? 'secret-access-key' } } },
  ];
}

/** Database environment of every service: credentials from the Secret, then URLs built from them. */
export function databaseEnv(shardMap: ShardMap): k8s.EnvVar[] {
  const control = controlCluster(shardMap);
  return [
    ...shardMap.credentials.map((c) => ({ name: c.variable, valueFrom: { secretKeyRef: { name: TENANT_DATABASE_SECRET, key: c.variable } } })),
    { name: 'DATABASE_URL', value: kubeletRefs(control.primary) },
    ...(control.replicas.length ? [{ name: 'DATABASE_REPLICA_URLS', value: control.replicas.map(kubeletRefs).join(',') }] : []),
  ];
}

export class TenantChart extends Chart {
  /** Namespace holding the tenant's workloads. */
  public readonly namespaceName: string;
  /** The per-service workloads, by service name. */
  public readonly workloads: Readonly<Record<string, ServiceWorkload>>;

  constructor(scope: Construct, id: string, props: TenantChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { tenant, shardMap, keys, owner } = props;
    const tenantName = tenant.metadata.name;
    if (!tenantName || !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(tenantName) || tenantName.length > 55) {
      throw new Error(`Tenant name ${JSON.stringify(tenantName)} must be a DNS label of at most 55 characters`);
    }
    const image = tenant.spec.image || props.defaultImage;
    if (!image) throw new Error(`Tenant ${tenantName}: spec.image is empty and no defaultImage was given`);
    const { name: refName, namespace: refNamespace } = tenant.spec.shardSetRef;
    if (refName !== shardMap.shardSet.name || refNamespace !== shardMap.shardSet.namespace) {
      throw new Error(`Tenant ${tenantName} refers to ShardSet ${refNamespace}/${refName} but was given the shard map of ${shardMap.shardSet.namespace}/${shardMap.shardSet.name}`);
    }
    assertTenantKeys(keys);
    const missing = shardMap.credentials.map((c) => c.variable).filter((v) => props.databaseCredentials[v] === undefined);
    if (missing.length) throw new Error(`Tenant ${tenantName}: databaseCredentials lacks ${missing.join(', ')}`);

    const namespace = tenantNamespace(tenantName);
    this.namespaceName = namespace;
    const meta = (name: string, component: string) => ({ name, namespace, labels: tenantLabels(tenantName, component), ...ownerReferences(owner) });

    new k8s.KubeNamespace(this, 'namespace', { metadata: { name: namespace, labels: tenantLabels(tenantName, 'namespace'), ...ownerReferences(owner) } });
    // The Namespace stays L1: cdk8s-plus-28's Namespace construct adds nothing here.
    new ServiceAccount(this, 'service-account', { metadata: meta(TENANT_SERVICE_ACCOUNT, 'identity'), automountToken: false });

    // cdk8s-plus Secrets carry stringData (the API server stores it as base64 data, which is what
    // the operator reads back); the values are UTF-8 text.
    const keysText = { [SIGNING_KEYS_KEY]: JSON.stringify({ keys: keys.signingKeys }), [SERVICE_TOKEN_KEY]: keys.serviceToken };
    new Secret(this, 'keys', { metadata: meta(TENANT_KEYS_SECRET, 'keys'), type: 'Opaque', stringData: keysText });
    const databaseText = Object.fromEntries(shardMap.credentials.map((c) => [c.variable, props.databaseCredentials[c.variable]]));
    new Secret(this, 'database', { metadata: meta(TENANT_DATABASE_SECRET, 'database'), type: 'Opaque', stringData: databaseText });

    // Storage is spec.storage's alone: settings through extraConfig would bypass it (and the keys belong in a Secret).
    const storageKeys = Object.keys(props.extraConfig ?? {}).filter((k) => k === 'STORAGE_DRIVER' || k.startsWith('S3_'));
    if (storageKeys.length) throw new Error(`Tenant ${tenantName}: extraConfig must not set ${storageKeys.join(', ')}; use spec.storage`);
    const config = { ...tenantConfig(tenant, shardMap, props.redisUrl), ...props.extraConfig };
    new ConfigMap(this, 'config', { metadata: meta(TENANT_CONFIG_MAP, 'config'), data: config });

    // The shard map is a watched file; every other change restarts the pods through this hash.
    const { SHARD_MAP: _watched, ...restartingConfig } = config;
    const configHash = createHash('sha256')
      // Hashed in the base64 form the API server stores (as before cdk8s-plus): the same hash, no rollout on an upgrade.
      .update(JSON.stringify([restartingConfig, base64Values(keysText), base64Values(databaseText)]))
      .digest('hex')
      .slice(0, 16);
    const env = databaseEnv(shardMap);
    // With `fs` storage a service that stages uploads needs a writable, sized DATA_DIR; with S3
    // they are staged in the bucket and its pods keep nothing (docs/media.md, "Staging").
    const stagingSize = tenant.spec.storage?.driver === 's3' ? undefined : UPLOAD_STAGING_SIZE;
    const workloads: Record<string, ServiceWorkload> = {};
    for (const service of SERVICE_NAMES) {
      workloads[service] = new ServiceWorkload(this, service, {
        tenantName,
        namespace,
        service,
        scaling: tenant.spec.services[service as keyof typeof tenant.spec.services],
        image,
        imagePullPolicy: tenant.spec.imagePullPolicy,
        // Only the auth service signs people in: only it reads the identity provider's client secret.
        // Only the services that use storage read the bucket's access keys.
        env: [...env, ...(service === 'auth' ? ssoEnv(tenant) : []), ...(STORAGE_SERVICES.includes(service) ? storageEnv(tenant) : [])],
        configHash,
        owner,
        stagingSize: STAGING_SERVICES.includes(service) ? stagingSize : undefined,
      });
    }
    this.workloads = workloads;

    new TenantNetwork(this, 'network', {
      tenant,
      namespace,
      shardMap,
      ingressControllerNamespace: props.ingressControllerNamespace ?? 'ingress-nginx',
      operatorNamespace: props.operatorNamespace ?? 'academy-system',
      monitoringNamespace: props.monitoringNamespace,
      owner,
      gateway: workloads.gateway.service,
      withoutIngress: props.withoutIngress,
    });
  }
}

/** Renders a Tenant to the objects to apply, Namespace first (pure: same input, same objects). */
export function renderTenant(props: TenantChartProps): KubeManifest[] {
  return new TenantChart(new App(), 'tenant', props).toJson() as KubeManifest[];
}
