/** Label and field selectors of list and watch requests (`?labelSelector=` / `?fieldSelector=`). */
import { badRequest } from './errors.ts';
import type { KubeObject, ResourceType } from './types.ts';
import { getPath } from './util.ts';

type Operator = 'exists' | '!exists' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt';

interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

export type Matcher = (obj: KubeObject) => boolean;

/** Splits on commas outside parentheses: `a in (x,y),b` -> [`a in (x,y)`, `b`]. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else current += ch;
  }
  terms.push(current);
  return terms.map((t) => t.trim()).filter((t) => t !== '');
}

function parseRequirement(term: string): Requirement {
  let m = /^!\s*([^\s!=<>(),]+)$/.exec(term);
  if (m) return { key: m[1], op: '!exists', values: [] };
  m = /^([^\s!=<>(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (m) return { key: m[1], op: m[2] as Operator, values: m[3].split(',').map((v) => v.trim()) };
  m = /^([^\s!=<>(),]+)\s*(==|=|!=|>|<)\s*([^\s!=<>(),]*)$/.exec(term);
  if (m) {
    const op: Operator = m[2] === '!=' ? '!=' : m[2] === '>' ? 'gt' : m[2] === '<' ? 'lt' : '=';
    return { key: m[1], op, values: [m[3]] };
  }
  m = /^([^\s!=<>(),]+)$/.exec(term);
  if (m) return { key: m[1], op: 'exists', values: [] };
  throw badRequest(`unable to parse requirement: found '${term}', expected: '=', '!=', '==', 'in', notin'`);
}

function matches(req: Requirement, value: string | undefined): boolean {
  switch (req.op) {
    case 'exists':
      return value !== undefined;
    case '!exists':
      return value === undefined;
    case '=':
    case 'in':
      return value !== undefined && req.values.includes(value);
    case '!=':
    case 'notin':
      return value === undefined || !req.values.includes(value);
    case 'gt':
      return value !== undefined && Number(value) > Number(req.values[0]);
    case 'lt':
      return value !== undefined && Number(value) < Number(req.values[0]);
  }
}

/** Parses a label selector into a predicate over objects; an empty selector matches everything. */
export function parseLabelSelector(selector: string | null | undefined): Matcher {
  const reqs = splitTerms(selector ?? '').map(parseRequirement);
  return (obj) => reqs.every((r) => matches(r, obj.metadata.labels?.[r.key]));
}

/** Field selectors kube-apiserver supports beyond metadata.name/metadata.namespace, per kind. */
const extraFields: Record<string, string[]> = {
  '/Namespace': ['status.phase'],
  '/Secret': ['type'],
  '/Event': ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'reason', 'type', 'source'],
  'events.k8s.io/Event': ['regarding.kind', 'regarding.name', 'regarding.namespace', 'reason', 'type'],
};

/** Parses a field selector (`=`, `==`, `!=` over supported fields); unsupported fields are a 400, as in kube. */
export function parseFieldSelector(selector: string | null | undefined, rt: ResourceType): Matcher {
  const allowed = new Set(['metadata.name', 'metadata.namespace', ...(extraFields[`${rt.group}/${rt.kind}`] ?? [])]);
  const reqs = splitTerms(selector ?? '').map((term) => {
    const req = parseRequirement(term);
    if (req.op !== '=' && req.op !== '!=') throw badRequest(`invalid selector: '${term}'; can't understand '${term}'`);
    if (!allowed.has(req.key)) throw badRequest(`field label not supported: ${req.key}`);
    return req;
  });
  return (obj) =>
    reqs.every((r) => {
      const raw = getPath(obj, r.key.split('.'));
      const value = raw === undefined ? (r.key === 'metadata.namespace' ? '' : undefined) : String(raw);
      return r.op === '=' ? value === r.values[0] : value !== r.values[0];
    });
}
