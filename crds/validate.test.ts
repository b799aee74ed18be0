import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRD_DIR } from './schema.ts';
import { withDefaults } from './index.ts';
import { parseResource, validateResource } from './validate.ts';

function sample(file: string): any {
  return parse(readFileSync(join(CRD_DIR, 'samples', file), 'utf8'));
}

function messages(kind: 'ShardSet' | 'Tenant' | 'Course', object: unknown, old?: unknown): string[] {
  return validateResource(kind, object, old).map((v) => v.message);
}

describe('samples', () => {
  it.each([
    ['shardset-demo.yaml', 'ShardSet'],
    ['shardset-external.yaml', 'ShardSet'],
    ['tenant-demo.yaml', 'Tenant'],
    ['course-demo.yaml', 'Course'],
  ] as const)('%s is a valid %s', (file, kind) => {
    const object = sample(file);
    expect(object.kind).toBe(kind);
    expect(validateResource(kind, object)).toEqual([]);
  });

  it('defaulting fills every service of the demo tenant and keeps what the sample sets', () => {
    const tenant = withDefaults('Tenant', sample('tenant-demo.yaml'));
    expect(tenant.spec.services.gateway).toMatchObject({ minReplicas: 2, maxReplicas: 10, targetCPUUtilization: 60 });
    expect(tenant.spec.services.users).toEqual({
      minReplicas: 1,
      maxReplicas: 3,
      targetCPUUtilization: 70,
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    });
    expect(tenant.spec.imagePullPolicy).toBe('IfNotPresent');
  });
});

describe('ShardSet rules', () => {
  it('refuses overlapping shard ranges', () => {
    const shardSet = sample('shardset-demo.yaml');
    shardSet.spec.clusters[1].shards.from = 2000;
    expect(messages('ShardSet', shardSet)).toContain('the shard ranges of two clusters overlap');
  });

  it('refuses a gap in the shard ranges', () => {
    const shardSet = sample('shardset-demo.yaml');
    shardSet.spec.clusters[1].shards.from = 2100;
    expect(messages('ShardSet', shardSet)).toEqual([
      'the shard ranges must cover every logical shard from 0 to logicalShards-1 without gaps',
    ]);
  });

  it('refuses ranges past logicalShards, and an inverted range', () => {
    const shardSet = sample('shardset-demo.yaml');
    shardSet.spec.logicalShards = 1024;
    expect(messages('ShardSet', shardSet)).toContain("every cluster's shards.to must be below logicalShards");
    const inverted = sample('shardset-demo.yaml');
    inverted.spec.clusters[0].shards = { from: 10, to: 5 };
    expect(messages('ShardSet', inverted)).toContain('shards.from must not exceed shards.to');
  });

  it('accepts a single cluster owning the whole space with the default 4096 shards', () => {
    const shardSet = { apiVersion: 'academy.trendtactics.io/v1alpha1', kind: 'ShardSet', metadata: { name: 'one' }, spec: { clusters: [{ name: 'pg', shards: { from: 0, to: 4095 } }] } };
    expect(validateResource('ShardSet', shardSet)).toEqual([]);
    expect(withDefaults('ShardSet', shardSet).spec).toMatchObject({ logicalShards: 4096, engine: 'cloudnative-pg' });
  });

  it('lets logicalShards grow on update but not shrink', () => {
    const old = withDefaults('ShardSet', { ...sample('shardset-demo.yaml') });
    const shrunk = sample('shardset-demo.yaml');
    shrunk.spec.logicalShards = 2048;
    shrunk.spec.clusters[1].shards = { from: 1024, to: 2047 };
    shrunk.spec.clusters[0].shards = { from: 0, to: 1023 };
    expect(messages('ShardSet', shrunk, old)).toEqual(['logicalShards may only grow: existing ids carry their logical shard']);
    // the same object is fine on create: transition rules need an old object
    expect(messages('ShardSet', shrunk)).toEqual([]);
    const oldSmall = withDefaults('ShardSet', shrunk);
    expect(messages('ShardSet', sample('shardset-demo.yaml'), oldSmall)).toEqual([]);
  });

  it('ties clusters[].external to engine external', () => {
    const external = sample('shardset-external.yaml');
    delete external.spec.clusters[1].external;
    expect(messages('ShardSet', external)).toEqual([
      'engine external needs clusters[].external on every cluster; engine cloudnative-pg allows it on none',
    ]);
  });

  it('refuses duplicate cluster names, and names too long for <shardset>-<cluster>', () => {
    const duplicate = sample('shardset-demo.yaml');
    duplicate.spec.clusters[1].name = 'pg-a';
    expect(messages('ShardSet', duplicate)).toContain('must not repeat a value of name');
    const long = sample('shardset-demo.yaml');
    long.metadata.name = 'a'.repeat(20);
    long.spec.clusters[0].name = 'b'.repeat(30);
    expect(messages('ShardSet', long)[0]).toMatch(/within 48 characters/);
  });
});

describe('Tenant rules', () => {
  it('refuses minReplicas above maxReplicas, naming the rule', () => {
    const tenant = sample('tenant-demo.yaml');
    tenant.spec.services.auth = { minReplicas: 5 };
    expect(validateResource('Tenant', tenant)).toEqual([
      { path: '.spec.services.auth', message: 'minReplicas must not exceed maxReplicas' },
    ]);
  });

  it('refuses an unknown plan, an unknown service and a bad domain', () => {
    const tenant = sample('tenant-demo.yaml');
    tenant.spec.plan = 'gold';
    tenant.spec.services.search = {};
    tenant.spec.domains = ['Not A Host'];
    const paths = validateResource('Tenant', tenant).map((v) => v.path);
    expect(paths).toEqual(expect.arrayContaining(['.spec.plan', '.spec.services.search', '.spec.domains[0]']));
  });

  it('refuses a name that cannot become the namespace academy-<name>', () => {
    const tenant = sample('tenant-demo.yaml');
    tenant.metadata.name = 'x'.repeat(56);
    expect(messages('Tenant', tenant)[0]).toMatch(/at most 55 characters/);
  });

  it('parseResource throws naming the field and the value rule', () => {
    const tenant = sample('tenant-demo.yaml');
    tenant.spec.services.gateway.targetCPUUtilization = 5;
    expect(() => parseResource('Tenant', tenant)).toThrow('Tenant demo is invalid: .spec.services.gateway.targetCPUUtilization: must be >= 10');
  });
});

describe('Course rules', () => {
  it('a video lesson needs videoUrl and durationSeconds', () => {
    const course = sample('course-demo.yaml');
    delete course.spec.modules[0].lessons[0].durationSeconds;
    expect(validateResource('Course', course)).toEqual([
      { path: '.spec.modules[0].lessons[0]', message: 'a video lesson needs videoUrl and durationSeconds' },
    ]);
  });

  it('an article needs a body; a quiz belongs only to a quiz lesson', () => {
    const course = sample('course-demo.yaml');
    delete course.spec.modules[0].lessons[1].body;
    course.spec.modules[0].lessons[0].quiz = course.spec.modules[1].lessons[0].quiz;
    expect(messages('Course', course)).toEqual([
      'a quiz lesson needs quiz, and only a quiz lesson may have one',
      'an article lesson needs body, and only an article lesson may have one',
    ]);
  });

  it('video fields belong to video lessons, a body to articles only', () => {
    const course = sample('course-demo.yaml');
    course.spec.modules[0].lessons[1].durationSeconds = 60;
    course.spec.modules[0].lessons[0].body = 'intro';
    expect(messages('Course', course)).toEqual([
      'an article lesson needs body, and only an article lesson may have one',
      'only a video lesson may have videoUrl or durationSeconds',
    ]);
  });

  it('each question kind needs its own answer field', () => {
    const course = sample('course-demo.yaml');
    const questions = course.spec.modules[1].lessons[0].quiz.questions;
    questions[0].answer = { value: true };
    questions[2].options = ['yes', 'no'];
    expect(messages('Course', course)).toEqual([
      'a single-choice question needs at least two options and answer.option',
      'a true/false question needs answer.value and no options',
    ]);
  });

  it('slug and tenantRef are immutable; price currency is three capitals', () => {
    const old = withDefaults('Course', sample('course-demo.yaml'));
    const changed = sample('course-demo.yaml');
    changed.spec.slug = 'growth-marketing-102';
    changed.spec.tenantRef = { name: 'other' };
    expect(messages('Course', changed, old)).toEqual([
      'tenantRef is immutable',
      "slug is immutable (learners' links and enrollments use it)",
    ]);
    const badPrice = sample('course-demo.yaml');
    badPrice.spec.price.currency = 'usd';
    expect(validateResource('Course', badPrice).map((v) => v.path)).toEqual(['.spec.price.currency']);
  });
});
