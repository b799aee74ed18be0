import { describe, expect, it } from 'vitest';
import { parseResource, validateResource } from '../../crds/validate.ts';
import { loadConfig } from '../../services/kit/config.ts';
import { ssoFromConfig } from '../../services/auth/sso/settings.ts';
import { demoShardSet, demoTenant, podEnv } from './fixtures.ts';
import { shardMapFor } from './shard-map.ts';
import { renderTenant } from './tenant-chart.ts';
import { synthOnlyTenantKeys } from './tenant-keys.ts';

// spec.sso of a Tenant -> the ConfigMap and the auth pods' environment -> what the academy's
// configuration reads (services/kit/config.ts SSO_*, services/auth/sso/settings.ts): one chain.
const sso = {
  issuer: 'https://login.acme.example/realms/staff',
  clientId: 'academy',
  clientSecretRef: { name: 'acme-oidc', key: 'client-secret' },
  displayName: 'Acme Login',
  allowedEmailDomains: ['acme.example', 'acme-labs.example'],
  roleClaim: 'groups',
  roleMapping: { 'academy-admins': 'admin', teachers: 'instructor' },
  enforce: true,
};
const withSso = (extra: object = {}) => ({ ...demoTenant(), spec: { ...demoTenant().spec, sso: { ...sso, ...extra } } });

function render(tenant = parseResource('Tenant', withSso())) {
  const shardMap = shardMapFor(demoShardSet());
  return renderTenant({
    tenant,
    shardMap,
    keys: synthOnlyTenantKeys('demo'),
    databaseCredentials: Object.fromEntries(shardMap.credentials.map((c) => [c.variable, `value-of-${c.variable}`])),
  }) as any[];
}
const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);


describe('Tenant spec.sso', () => {
  it('renders into the configuration the academy reads, the client secret from the named Secret to the auth pods only', () => {
    const objects = render();
    const env = podEnv(objects, 'auth', { 'acme-oidc': { 'client-secret': 's3cret-from-the-secret' } });
    const settings = ssoFromConfig(loadConfig({ ...env, SHARD_MAP: undefined, DATABASE_URL: undefined }));
    expect(settings).toEqual({
      issuer: sso.issuer,
      clientId: 'academy',
      clientSecret: 's3cret-from-the-secret',
      displayName: 'Acme Login',
      allowedEmailDomains: ['acme.example', 'acme-labs.example'],
      scopes: ['openid', 'email', 'profile'],
      roleClaim: 'groups',
      roleMapping: { 'academy-admins': 'admin', teachers: 'instructor' },
      enforce: true,
    });
    // The secret is a reference, never a value in the ConfigMap; other services do not get it.
    expect(JSON.stringify(find(objects, 'ConfigMap', 'academy-config'))).not.toContain('s3cret');
    const authEnv = find(objects, 'Deployment', 'auth').spec.template.spec.containers[0].env;
    expect(authEnv).toContainEqual({ name: 'SSO_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: 'acme-oidc', key: 'client-secret' } } });
    for (const service of ['gateway', 'courses', 'users']) {
      expect(find(objects, 'Deployment', service).spec.template.spec.containers[0].env.map((e: { name: string }) => e.name)).not.toContain('SSO_CLIENT_SECRET');
    }
  });

  it('lets the auth pods reach the provider on its port, and nothing else new', () => {
    const policies = render().filter((o) => o.kind === 'NetworkPolicy');
    const egress = policies.find((p) => p.metadata.name === 'allow-sso-egress');
    expect(egress.spec.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/component': 'auth' } });
    expect(egress.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 443 }]);
    const custom = render(parseResource('Tenant', withSso({ issuer: 'https://idp.example:8443' }))).find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-sso-egress');
    expect(custom.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8443 }]);
  });

  it('without spec.sso renders no SSO configuration, secret or egress', () => {
    const objects = render(demoTenant());
    expect(Object.keys(find(objects, 'ConfigMap', 'academy-config').data).filter((k) => k.startsWith('SSO_'))).toEqual([]);
    expect(find(objects, 'NetworkPolicy', 'allow-sso-egress')).toBeUndefined();
    const env = podEnv(objects, 'auth', {});
    expect(ssoFromConfig(loadConfig({ ...env, SHARD_MAP: undefined, DATABASE_URL: undefined }))).toBeUndefined();
  });

  it('defaults scopes and enforce, and refuses an http issuer, platform-admin in the mapping, a missing secret reference', () => {
    const minimal = parseResource('Tenant', { ...demoTenant(), spec: { ...demoTenant().spec, sso: { issuer: sso.issuer, clientId: 'x', clientSecretRef: sso.clientSecretRef } } });
    expect(minimal.spec.sso).toMatchObject({ scopes: ['openid', 'email', 'profile'], enforce: false });
    const paths = (extra: object) => validateResource('Tenant', withSso(extra)).map((v) => v.path);
    expect(paths({ issuer: 'http://login.acme.example' })).toEqual(['.spec.sso.issuer']);
    expect(paths({ roleMapping: { root: 'platform-admin' } })).toEqual(['.spec.sso.roleMapping.root']);
    expect(paths({ clientSecretRef: undefined }).join()).toContain('.spec.sso');
    expect(paths({ allowedEmailDomains: ['Not A Domain'] })).toEqual(['.spec.sso.allowedEmailDomains[0]']);
  });
});
