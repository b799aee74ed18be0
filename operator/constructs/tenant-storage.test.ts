import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CRD_DIR } from '../../crds/index.ts';
import { parseResource, validateResource } from '../../crds/validate.ts';
import { loadConfig } from '../../services/kit/config.ts';
import { demoShardSet, demoTenant, podEnv } from './fixtures.ts';
import { STAGING_DATA_DIR } from './service-workload.ts';
import { shardMapFor } from './shard-map.ts';
import { renderTenant } from './tenant-chart.ts';
import { synthOnlyTenantKeys } from './tenant-keys.ts';
import { renderPool } from './tenant-pool.ts';

// spec.storage of a Tenant -> the ConfigMap and the storage services' environment -> what the
// academy's configuration reads (services/kit/config.ts STORAGE_DRIVER, S3_*): one chain.
const s3 = {
  bucket: 'acme-academy',
  endpoint: 'https://minio.acme.example',
  region: 'eu-central-1',
  forcePathStyle: true,
  credentialsSecretRef: { name: 'acme-bucket' },
};
const withStorage = (storage: object) => ({ ...demoTenant(), spec: { ...demoTenant().spec, storage } });
const shardMap = shardMapFor(demoShardSet());
const inputs = () => ({ shardMap, keys: synthOnlyTenantKeys('demo'), databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, `value-of-${c.variable}`])) });
const render = (tenant = parseResource('Tenant', withStorage({ driver: 's3', s3 }))) => renderTenant({ tenant, ...inputs() }) as any[];
const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const container = (objects: any[], service: string) => find(objects, 'Deployment', service).spec.template.spec.containers[0];
const pod = (objects: any[], service: string) => find(objects, 'Deployment', service).spec.template.spec;
const envNames = (objects: any[], service: string): string[] => (container(objects, service).env ?? []).map((e: { name: string }) => e.name);


describe('Tenant spec.storage', () => {
  it('defaults to fs and renders as without it: no storage keys, the video pods keep their staging volume', () => {
    const tenant = demoTenant();
    expect(tenant.spec.storage).toEqual({ driver: 'fs' });
    const objects = render(tenant);
    // The same objects (and config hash, so no rollout) as a Tenant from before spec.storage existed.
    expect(objects).toEqual(render({ ...tenant, spec: { ...tenant.spec, storage: undefined } } as never));
    expect(Object.keys(find(objects, 'ConfigMap', 'academy-config').data).filter((k) => k === 'STORAGE_DRIVER' || k.startsWith('S3_'))).toEqual([]);
    expect(pod(objects, 'video').volumes.map((v: { name: string }) => v.name)).toContain('staging');
    expect(container(objects, 'video').env).toContainEqual({ name: 'DATA_DIR', value: STAGING_DATA_DIR });
    for (const service of ['video', 'progress']) expect(envNames(objects, service).filter((n) => n.startsWith('S3_'))).toEqual([]);
  });

  it('with s3 renders the settings into the ConfigMap and the keys from the named Secret to the storage services only', () => {
    const objects = render();
    expect(find(objects, 'ConfigMap', 'academy-config').data).toMatchObject({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'acme-academy',
      S3_ENDPOINT: 'https://minio.acme.example',
      S3_REGION: 'eu-central-1',
      S3_FORCE_PATH_STYLE: 'true',
    });
    const secrets = { 'acme-bucket': { 'access-key-id': 'AKIA-FROM-THE-SECRET', 'secret-access-key': 'sEcReT-fRoM-tHe-SeCrEt' } };
    // What the academy reads in a video pod: the same settings, the keys from the Secret.
    const config = loadConfig({ ...podEnv(objects, 'video', secrets), SHARD_MAP: undefined, DATABASE_URL: undefined });
    expect(config).toMatchObject({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'acme-academy',
      S3_ENDPOINT: 'https://minio.acme.example',
      S3_REGION: 'eu-central-1',
      S3_FORCE_PATH_STYLE: true,
      S3_ACCESS_KEY_ID: 'AKIA-FROM-THE-SECRET',
      S3_SECRET_ACCESS_KEY: 'sEcReT-fRoM-tHe-SeCrEt',
    });
    for (const service of ['video', 'progress']) {
      expect(container(objects, service).env).toEqual(
        expect.arrayContaining([
          { name: 'S3_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'acme-bucket', key: 'access-key-id' } } },
          { name: 'S3_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'acme-bucket', key: 'secret-access-key' } } },
        ]),
      );
    }
    for (const service of ['gateway', 'auth', 'users', 'courses', 'payments', 'notifications', 'analytics']) {
      expect(envNames(objects, service).filter((n) => n.startsWith('S3_'))).toEqual([]);
    }
    // No ConfigMap carries a key's value or a key variable.
    for (const map of objects.filter((o) => o.kind === 'ConfigMap')) {
      expect(JSON.stringify(map)).not.toMatch(/AKIA|sEcReT|S3_ACCESS_KEY_ID|S3_SECRET_ACCESS_KEY/);
    }
  });

  it('with s3 gives the video pods no staging volume and no DATA_DIR (uploads are staged in the bucket)', () => {
    const objects = render();
    expect(pod(objects, 'video').volumes.map((v: { name: string }) => v.name)).not.toContain('staging');
    expect(envNames(objects, 'video')).not.toContain('DATA_DIR');
  });

  it('takes the Secret keys the reference names, and without a reference gives no key variables (the SDK chain)', () => {
    const named = render(parseResource('Tenant', withStorage({ driver: 's3', s3: { ...s3, credentialsSecretRef: { name: 'b', accessKeyIdKey: 'id', secretAccessKeyKey: 'key' } } })));
    expect(container(named, 'video').env).toContainEqual({ name: 'S3_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'b', key: 'id' } } });
    expect(container(named, 'video').env).toContainEqual({ name: 'S3_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'b', key: 'key' } } });
    const bare = render(parseResource('Tenant', withStorage({ driver: 's3', s3: { bucket: 'acme-academy' } })));
    expect(envNames(bare, 'video').filter((n) => n.startsWith('S3_'))).toEqual([]);
    expect(find(bare, 'ConfigMap', 'academy-config').data).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'acme-academy', S3_FORCE_PATH_STYLE: 'false' });
    expect(find(bare, 'ConfigMap', 'academy-config').data.S3_ENDPOINT).toBeUndefined();
  });

  it('refuses an invalid spec naming the field', () => {
    const violations = (storage: object) => validateResource('Tenant', withStorage(storage)).map((v) => `${v.path}: ${v.message}`);
    expect(violations({ driver: 's3' })).toEqual(['.spec.storage: storage.s3 (at least its bucket) is required when storage.driver is s3']);
    expect(violations({ driver: 's3', s3: { endpoint: 'https://minio.acme.example' } })).toEqual(['.spec.storage.s3.bucket: is required']);
    expect(violations({ driver: 's3', s3: { bucket: 'Not_A_Bucket' } })[0]).toMatch(/^\.spec\.storage\.s3\.bucket: must match/);
    expect(violations({ driver: 's3', s3: { bucket: 'ab' } })[0]).toMatch(/^\.spec\.storage\.s3\.bucket: /);
    expect(violations({ driver: 's3', s3: { bucket: 'acme', endpoint: 'minio:9000' } })[0]).toMatch(/^\.spec\.storage\.s3\.endpoint: must match/);
    expect(violations({ driver: 's3', s3: { bucket: 'acme', credentialsSecretRef: {} } })).toEqual(['.spec.storage.s3.credentialsSecretRef.name: is required']);
    expect(violations({ driver: 'gcs' })).toEqual(['.spec.storage.driver: must be one of fs, s3']);
    expect(() => parseResource('Tenant', withStorage({ driver: 's3' }))).toThrow(/spec\.storage: storage\.s3/);
  });

  it('a TenantPool renders its spec.storage the same way, and storage cannot come in through extraConfig', () => {
    const poolDoc = parse(readFileSync(join(CRD_DIR, 'samples', 'tenantpool-default.yaml'), 'utf8')) as { spec: object };
    const pool = parseResource('TenantPool', { ...poolDoc, spec: { ...poolDoc.spec, storage: { driver: 's3', s3 } } });
    const objects = renderPool({ pool, ...inputs() }) as any[];
    expect(find(objects, 'ConfigMap', 'academy-config').data).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'acme-academy' });
    expect(envNames(objects, 'video')).toContain('S3_SECRET_ACCESS_KEY');
    expect(envNames(objects, 'users')).not.toContain('S3_SECRET_ACCESS_KEY');
    expect(pod(objects, 'video').volumes.map((v: { name: string }) => v.name)).not.toContain('staging');
    expect(() => renderTenant({ tenant: demoTenant(), ...inputs(), extraConfig: { S3_SECRET_ACCESS_KEY: 'x' } })).toThrow('Tenant demo: extraConfig must not set S3_SECRET_ACCESS_KEY; use spec.storage');
  });
});
