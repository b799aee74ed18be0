/** Unit tests of the pure helpers: JSONPath, selectors, human durations, version ordering, patches. */
import { describe, expect, it } from 'vitest';
import { evaluateJsonPath } from './jsonpath.ts';
import { mergePatch, strategicMerge } from './patch.ts';
import { parseLabelSelector } from './selectors.ts';
import { humanDuration } from './table.ts';
import type { KubeObject } from './types.ts';
import { compareKubeVersions } from './versions.ts';

describe('evaluateJsonPath', () => {
  const obj = {
    metadata: { labels: { 'app.kubernetes.io/name': 'web' } },
    status: { conditions: [{ type: 'Synced', status: 'False' }, { type: 'Ready', status: 'True' }], replicas: 3 },
    spec: { domains: ['a', 'b'] },
  };
  it('follows fields, indexes, wildcards, filters and escaped dots', () => {
    expect(evaluateJsonPath(obj, '.status.conditions[?(@.type=="Ready")].status')).toEqual(['True']);
    expect(evaluateJsonPath(obj, "{.status.conditions[?(@.type=='Synced')].status}")).toEqual(['False']);
    expect(evaluateJsonPath(obj, '.spec.domains[1]')).toEqual(['b']);
    expect(evaluateJsonPath(obj, '.spec.domains[-1]')).toEqual(['b']);
    expect(evaluateJsonPath(obj, '.status.conditions[*].type')).toEqual(['Synced', 'Ready']);
    expect(evaluateJsonPath(obj, '.metadata.labels.app\\.kubernetes\\.io/name')).toEqual(['web']);
    expect(evaluateJsonPath(obj, ".metadata.labels['app.kubernetes.io/name']")).toEqual(['web']);
    expect(evaluateJsonPath(obj, '.status.missing.deeper')).toEqual([]);
  });
});

describe('parseLabelSelector', () => {
  const withLabels = (labels: Record<string, string>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { labels } });
  it('supports set-based requirements with spaces and numeric comparisons', () => {
    const sel = parseLabelSelector('env in ( prod , staging ),!legacy,tier notin (db)');
    expect(sel(withLabels({ env: 'prod', tier: 'web' }))).toBe(true);
    expect(sel(withLabels({ env: 'prod', legacy: 'yes' }))).toBe(false);
    expect(sel(withLabels({ env: 'dev' }))).toBe(false);
    expect(parseLabelSelector('gen>2')(withLabels({ gen: '3' }))).toBe(true);
  });
  it('refuses malformed selectors with a 400', () => {
    expect(() => parseLabelSelector('a in b')).toThrow(expect.objectContaining({ code: 400 }));
  });
});

describe('humanDuration', () => {
  it('prints ages like kubectl', () => {
    expect([5_000, 119_000, 150_000, 3_600_000, 5 * 3_600_000 + 120_000, 30 * 3_600_000, 3 * 86_400_000 + 3_600_000, 400 * 86_400_000].map(humanDuration)).toEqual([
      '5s',
      '119s',
      '2m30s',
      '60m',
      '5h2m',
      '30h',
      '3d1h',
      '400d',
    ]);
  });
});

describe('compareKubeVersions', () => {
  it('orders GA before beta before alpha, newest first', () => {
    expect(['v1alpha1', 'v2beta1', 'v1', 'v1beta2', 'v2', 'foo'].sort(compareKubeVersions)).toEqual(['v2', 'v1', 'v2beta1', 'v1beta2', 'v1alpha1', 'foo']);
  });
});

describe('patches', () => {
  it('merge patch replaces lists and deletes with null', () => {
    expect(mergePatch({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: null } })).toEqual({ a: [3], b: { c: 1 } });
  });
  it('strategic merge honours $patch: delete in keyed lists and $setElementOrder', () => {
    const live = { containers: [{ name: 'a', image: '1' }, { name: 'b', image: '1' }, { name: 'c', image: '1' }] };
    const patch = {
      '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }],
      containers: [{ name: 'b', $patch: 'delete' }, { name: 'c', image: '2' }],
    };
    expect(strategicMerge(live, patch)).toEqual({ containers: [{ name: 'c', image: '2' }, { name: 'a', image: '1' }] });
  });
});
