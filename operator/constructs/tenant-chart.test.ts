import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { demoShardSet, demoTenant, externalShardSet } from './fixtures.ts';
import { shardMapFor } from './shard-map.ts';
import { TenantChart, renderTenant, type TenantChartProps } from './tenant-chart.ts';
import { generateTenantKeys, synthOnlyTenantKeys, keysFromSecretData } from './tenant-keys.ts';
import { SERVICE_NAMES } from './labels.ts';
import { ServiceWorkload } from './service-workload.ts';
import { validateBuiltin } from './kube-schemas.ts';

function props(overrides: Partial<TenantChartProps> = {}): TenantChartProps {
  const shardMap = shardMapFor(demoShardSet());
  return {
    tenant: demoTenant(),
    shardMap,
    keys: synthOnlyTenantKeys('demo'),
    databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, `value-of-${c.variable}`])),
    ...overrides,
  };
}

const synth = (p: TenantChartProps = props()) => Testing.synth(new TenantChart(Testing.app(), 'test', p)) as any[];
const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const decode = (value: string) => Buffer.from(value, 'base64').toString('utf8');
/** A Secret's data as the API server stores it: cdk8s-plus renders stringData, the server folds it into base64 data. */
const storedData = (secret: { data?: Record<string, string>; stringData?: Record<string, string> }): Record<string, string> => ({
  ...secret.data,
  ...Object.fromEntries(Object.entries(secret.stringData ?? {}).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')])),
});

describe('TenantChart', () => {
  it('renders the namespace academy-<tenant> first, and puts everything else in it', () => {
    const objects = synth();
    expect(objects[0]).toMatchObject({ kind: 'Namespace', metadata: { name: 'academy-demo' } });
    for (const object of objects.slice(1)) expect(object.metadata.namespace, `${object.kind} ${object.metadata.name}`).toBe('academy-demo');
  });

  it('labels every object with the standard labels and the tenant', () => {
    for (const object of synth()) {
      expect(object.metadata.labels).toMatchObject({
        'app.kubernetes.io/name': 'academy',
        'app.kubernetes.io/instance': 'demo',
        'app.kubernetes.io/managed-by': 'academy-operator',
        'academy.trendtactics.io/tenant': 'demo',
      });
      expect(object.metadata.labels['app.kubernetes.io/component']).toBeTruthy();
    }
  });

  it('runs every service as its own Deployment of the same image with --services=<name>, replicas left to the HPA', () => {
    const objects = synth();
    const deployments = objects.filter((o) => o.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata.name)).toEqual([...SERVICE_NAMES]);
    // Only services that exist (the service manifest): the gateway role and the registry's services.
    expect([...SERVICE_NAMES]).toEqual(['gateway', 'auth', 'users', 'courses', 'progress', 'payments', 'notifications', 'video', 'analytics']);
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      expect(objects.filter((o) => o.kind === kind).map((o) => o.metadata.name).sort(), kind).toEqual([...SERVICE_NAMES].sort());
    }
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const container = deployment.spec.template.spec.containers[0];
      expect(deployment.spec).not.toHaveProperty('replicas');
      expect(container.image).toBe('trendtactics/academy:0.1.0');
      expect(container.args).toEqual(['serve', `--services=${name}`, '--migrate']);
      // Behind the Ingress controller (gateway), and behind it and the gateway (services): issue #8.
      expect(container.env).toContainEqual({ name: 'TRUST_PROXY', value: name === 'gateway' ? '1' : '2' });
      expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      expect(container.resources.requests.cpu).toBeTruthy();
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'academy-config' } }, { secretRef: { name: 'academy-keys' } }]);
      expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'academy', 'app.kubernetes.io/instance': 'demo', 'app.kubernetes.io/component': name });
    }
  });

  it('gives each service an HPA (autoscaling/v2, with the behavior passed through, the API server defaults written out for the rest), a Service and a PDB', () => {
    const objects = synth();
    const hpa = find(objects, 'HorizontalPodAutoscaler', 'gateway');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }],
      behavior: {
        // The sample's scaleDown, with the API server's default selectPolicy.
        scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] },
        // The sample has no scaleUp: autoscaling/v2's default, written out (cdk8s-plus would put its own otherwise).
        scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }] },
      },
    });
    // a service the sample leaves out gets the CRD defaults, and the API server's default behavior
    expect(find(objects, 'HorizontalPodAutoscaler', 'users').spec).toMatchObject({ minReplicas: 1, maxReplicas: 3 });
    expect(find(objects, 'HorizontalPodAutoscaler', 'progress').spec.behavior.scaleDown).toEqual({ stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] });
    expect(find(objects, 'Service', 'courses').spec).toMatchObject({ selector: { 'app.kubernetes.io/component': 'courses' }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] });
    expect(find(objects, 'PodDisruptionBudget', 'progress').spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'academy', 'app.kubernetes.io/instance': 'demo', 'app.kubernetes.io/component': 'progress' } },
    });
    expect(find(objects, 'Deployment', 'progress').spec.template.spec.containers[0].resources).toEqual({
      requests: { cpu: '200m', memory: '256Mi' },
      limits: { memory: '512Mi' },
    });
  });

  it('wires the database: credentials from the tenant Secret, DATABASE_URL to the cluster owning shard 0', () => {
    const objects = synth();
    const env = find(objects, 'Deployment', 'auth').spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'ACADEMY_DB_PG_A_PASSWORD', valueFrom: { secretKeyRef: { name: 'academy-database', key: 'ACADEMY_DB_PG_A_PASSWORD' } } });
    expect(env).toContainEqual({ name: 'DATABASE_URL', value: 'postgresql://$(ACADEMY_DB_PG_A_USER):$(ACADEMY_DB_PG_A_PASSWORD)@demo-pg-a-rw.academy.svc:5432/academy' });
    expect(env).toContainEqual({ name: 'SHARD_MAP', value: '/etc/academy/shard-map.json' });
    // $(VAR) only expands variables defined earlier in the list
    const names = env.map((e: { name: string }) => e.name);
    expect(names.indexOf('ACADEMY_DB_PG_A_USER')).toBeLessThan(names.indexOf('DATABASE_URL'));
    const secret = find(objects, 'Secret', 'academy-database');
    expect(decode(storedData(secret).ACADEMY_DB_PG_B_USER)).toBe('value-of-ACADEMY_DB_PG_B_USER');
    const config = find(objects, 'ConfigMap', 'academy-config');
    expect(JSON.parse(config.data.SHARD_MAP).clusters).toHaveLength(2);
    expect(config.data).toMatchObject({ DEFAULT_TENANT: 'demo', COOKIE_SECURE: 'true', ACADEMY_FEATURES: '{"certificates":true,"mfa":true}' });
    expect(config.data.CORS_ORIGINS).toBe('https://demo.academy.example.com,https://learn.example.com');
  });

  it('mounts the platform status file the services serve, optional so pods start before the operator writes it', () => {
    // GIVEN the rendered tenant WHEN a service's pod template is read
    for (const deployment of synth().filter((o) => o.kind === 'Deployment')) {
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];
      // THEN PLATFORM_STATUS_FILE names a file of the optional academy-platform ConfigMap, mounted read-only
      expect(container.env).toContainEqual({ name: 'PLATFORM_STATUS_FILE', value: '/etc/academy-platform/platform.json' });
      expect(container.volumeMounts).toContainEqual({ name: 'platform', mountPath: '/etc/academy-platform', readOnly: true });
      expect(pod.volumes).toContainEqual({ name: 'platform', configMap: { name: 'academy-platform', optional: true, items: [{ key: 'platform.json', path: 'platform.json' }] } });
    }
    // AND the chart does not render that ConfigMap: the Tenant reconciler writes it from the status
    expect(find(synth(), 'ConfigMap', 'academy-platform')).toBeUndefined();
  });

  it('gives the video pods (the service that stages uploads) a writable DATA_DIR of 10Gi with fs storage, and no other service one', () => {
    // GIVEN a tenant whose storage is the default (fs) WHEN it is rendered
    for (const deployment of synth().filter((o) => o.kind === 'Deployment')) {
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];
      const staging = pod.volumes.find((v: { name: string }) => v.name === 'staging');
      if (deployment.metadata.name === 'video') {
        // THEN the video pods have an emptyDir of 10Gi mounted at DATA_DIR (the root filesystem stays read-only)
        expect(staging).toEqual({ name: 'staging', emptyDir: { sizeLimit: '10Gi' } });
        expect(container.volumeMounts).toContainEqual({ name: 'staging', mountPath: '/var/lib/academy' });
        expect(container.env).toContainEqual({ name: 'DATA_DIR', value: '/var/lib/academy' });
        expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      } else {
        // AND the others keep only their 64Mi /tmp
        expect(staging, deployment.metadata.name).toBeUndefined();
        expect(container.env.map((e: { name: string }) => e.name)).not.toContain('DATA_DIR');
      }
    }
  });

  it('gives no staging volume when the storage is S3 (uploads are staged in the bucket)', () => {
    // GIVEN a Tenant whose spec.storage is S3 WHEN it is rendered
    const tenant = demoTenant();
    const video = find(synth(props({ tenant: { ...tenant, spec: { ...tenant.spec, storage: { driver: 's3', s3: { bucket: 'demo-academy', forcePathStyle: false } } } } })), 'Deployment', 'video');
    // THEN the video pods have no staging volume and no DATA_DIR of their own
    expect(video.spec.template.spec.volumes.map((v: { name: string }) => v.name)).toEqual(['tmp', 'config', 'platform']);
    expect(video.spec.template.spec.containers[0].env.map((e: { name: string }) => e.name)).not.toContain('DATA_DIR');
  });

  it('keeps the key material it is given, so a reconcile never replaces live keys', () => {
    // GIVEN keys the operator read back from the existing Secret
    const keys = generateTenantKeys();
    // WHEN the tenant is rendered again
    const secret = find(synth(props({ keys })), 'Secret', 'academy-keys');
    // THEN the Secret carries exactly those keys
    expect(keysFromSecretData(storedData(secret))).toEqual(keys);
  });

  it('denies all traffic by default and allows only what the academy needs', () => {
    const policies = synth().filter((o) => o.kind === 'NetworkPolicy');
    const byName = Object.fromEntries(policies.map((p) => [p.metadata.name, p.spec]));
    // No rules in either direction: everything denied (the order of policyTypes does not matter).
    expect({ ...byName['default-deny'], policyTypes: [...byName['default-deny'].policyTypes].sort() }).toEqual({ podSelector: {}, policyTypes: ['Egress', 'Ingress'] });
    // Every pod (podSelector {}) of the ingress controller's namespace.
    expect(byName['allow-ingress-controller-to-gateway'].ingress[0].from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } }, podSelector: {} }]);
    expect(byName['allow-gateway-to-services'].podSelector.matchExpressions[0].values).toEqual(SERVICE_NAMES.filter((s) => s !== 'gateway'));
    expect(byName['allow-gateway-to-services'].ingress[0].from).toEqual([{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway' } } }]);
    expect(byName['allow-dns'].egress[0].ports).toEqual([{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]);
    expect(byName['allow-postgres-egress'].egress[0]).toEqual({
      to: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'academy' } },
          podSelector: { matchExpressions: [{ key: 'cnpg.io/cluster', operator: 'In', values: ['demo-pg-a', 'demo-pg-b'] }] },
        },
      ],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
    expect(byName['allow-redis-egress'].egress[0].ports).toEqual([{ protocol: 'TCP', port: 6379 }]);
  });

  it('lets external databases be reached outside the cluster', () => {
    const shardSet = externalShardSet();
    const tenant = demoTenant();
    tenant.spec.shardSetRef = { name: 'managed', namespace: 'academy' };
    const shardMap = shardMapFor(shardSet);
    const objects = synth(props({ tenant, shardMap, databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, 'postgresql://x'])) }));
    expect(find(objects, 'NetworkPolicy', 'allow-postgres-egress').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '0.0.0.0/0' } }]);
    const env = find(objects, 'Deployment', 'users').spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'DATABASE_URL', value: '$(ACADEMY_DB_PRIMARY_1_PRIMARY_URL)' });
    expect(env).toContainEqual({ name: 'DATABASE_REPLICA_URLS', value: '$(ACADEMY_DB_PRIMARY_1_REPLICA_0_URL)' });
  });

  it('routes every domain to the gateway through one Ingress with TLS', () => {
    const ingress = find(synth(), 'Ingress', 'academy');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['demo.academy.example.com', 'learn.example.com'], secretName: 'demo-academy-tls' }]);
    expect(ingress.spec.rules[1]).toEqual({
      host: 'learn.example.com',
      http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'gateway', port: { number: 8080 } } } }] },
    });
    const tenant = demoTenant();
    delete tenant.spec.domains;
    expect(synth(props({ tenant })).some((o) => o.kind === 'Ingress')).toBe(false);
  });

  it('is a pure function: the same props render the same objects', () => {
    expect(renderTenant(props())).toEqual(renderTenant(props()));
  });

  it('changes the pods’ config hash when configuration changes, not when only the shard map does', () => {
    const hash = (objects: any[]) => find(objects, 'Deployment', 'gateway').spec.template.metadata.annotations['academy.trendtactics.io/config-hash'];
    const before = hash(synth());
    const tenant = demoTenant();
    tenant.spec.features = { certificates: false };
    expect(hash(synth(props({ tenant })))).not.toBe(before);
    const shardSet = demoShardSet();
    shardSet.spec.clusters[0].storage.size = '50Gi';
    expect(hash(synth(props({ shardMap: shardMapFor(shardSet) })))).toBe(before);
  });

  it('renders objects the Kubernetes API schemas accept', () => {
    for (const object of synth()) expect(() => validateBuiltin(object)).not.toThrow();
  });
});

describe('TenantChart refuses props it cannot realise, naming the values', () => {
  it('minReplicas above maxReplicas', () => {
    const tenant = demoTenant();
    tenant.spec.services.auth.minReplicas = 5;
    expect(() => synth(props({ tenant }))).toThrow('Tenant demo: services.auth: minReplicas 5 exceeds maxReplicas 3');
  });

  it('an HPA behavior with unknown fields', () => {
    const tenant = demoTenant();
    tenant.spec.services.progress.behavior = { scaleSideways: {} };
    expect(() => synth(props({ tenant }))).toThrow('services.progress.behavior has unknown fields scaleSideways');
    // Inside a direction too: the HPA's behavior is expressed through cdk8s-plus, which would drop what it does not know.
    tenant.spec.services.progress.behavior = { scaleUp: { tolerance: 0.1 } };
    expect(() => synth(props({ tenant }))).toThrow('services.progress.behavior.scaleUp has unknown fields tolerance');
    tenant.spec.services.progress.behavior = { scaleDown: { policies: [{ type: 'Pods', value: 1, periodSeconds: 3600 }] } };
    expect(() => synth(props({ tenant }))).toThrow('services.progress.behavior.scaleDown.policies[0].periodSeconds must be an integer 1..1800, got 3600');
  });

  it('a staging size that is not a binary quantity', () => {
    const chart = Testing.chart();
    expect(() => new ServiceWorkload(chart, 'video', { tenantName: 'demo', namespace: 'academy-demo', service: 'video', scaling: demoTenant().spec.services.video, image: 'academy:test', stagingSize: '10GB' })).toThrow(
      'Tenant demo, service video: stagingSize "10GB" must be a binary quantity such as 10Gi',
    );
  });

  it('missing database credentials, a foreign shard map, no image, weak keys', () => {
    expect(() => synth(props({ databaseCredentials: {} }))).toThrow('databaseCredentials lacks ACADEMY_DB_PG_A_USER, ACADEMY_DB_PG_A_PASSWORD');
    expect(() => synth(props({ shardMap: shardMapFor(externalShardSet()) }))).toThrow('refers to ShardSet academy/demo but was given the shard map of academy/managed');
    const tenant = demoTenant();
    delete tenant.spec.image;
    expect(() => synth(props({ tenant }))).toThrow('spec.image is empty and no defaultImage was given');
    expect(find(synth(props({ tenant, defaultImage: 'academy:operator' })), 'Deployment', 'auth').spec.template.spec.containers[0].image).toBe('academy:operator');
    expect(() => synth(props({ keys: { ...synthOnlyTenantKeys('demo'), serviceToken: 'short' } }))).toThrow('serviceToken has 5 characters');
  });
});
