/**
 * The JSONPath subset of CRD printer columns: `.a.b`, escaped dots (`.labels.app\.kubernetes\.io/name`),
 * `['key']`, `[0]`, `[-1]`, `[*]`, and filters `[?(@.type=="Ready")]` with ==, !=, <, <=, >, >= or
 * bare existence (`[?(@.ready)]`).
 */
import { isPlainObject } from './util.ts';

type Step = { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard' } | { kind: 'filter'; path: string[]; op?: string; value?: unknown };

function parseLiteral(text: string): unknown {
  const t = text.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  if (t === 'true' || t === 'false') return t === 'true';
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

function parseFilter(body: string): Step {
  const m = /^@((?:\.[^.=!<>\s]+)+)\s*(==|!=|<=|>=|<|>)?\s*(.*)$/.exec(body.trim());
  if (!m) throw new Error(`unsupported JSONPath filter: ${body}`);
  const path = m[1].slice(1).split('.');
  return m[2] ? { kind: 'filter', path, op: m[2], value: parseLiteral(m[3]) } : { kind: 'filter', path };
}

/** Parses `{.spec.x}` or `.spec.x` into steps; throws on syntax it does not support. */
export function parseJsonPath(expression: string): Step[] {
  let text = expression.trim();
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  if (text.startsWith('$')) text = text.slice(1);
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '.') {
      let name = '';
      i++;
      while (i < text.length && text[i] !== '.' && text[i] !== '[') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        name += text[i++];
      }
      if (name === '*') steps.push({ kind: 'wildcard' });
      else if (name !== '') steps.push({ kind: 'field', name });
    } else if (text[i] === '[') {
      const close = text.startsWith('[?(', i) ? text.indexOf(')]', i) + 1 : text.indexOf(']', i);
      if (close <= i) throw new Error(`unterminated [ in JSONPath ${expression}`);
      const body = text.slice(i + 1, close);
      i = close + 1;
      if (body === '*') steps.push({ kind: 'wildcard' });
      else if (body.startsWith('?(') && body.endsWith(')')) steps.push(parseFilter(body.slice(2, -1)));
      else if (/^-?\d+$/.test(body)) steps.push({ kind: 'index', index: Number(body) });
      else steps.push({ kind: 'field', name: String(parseLiteral(body)) });
    } else throw new Error(`unexpected "${text[i]}" in JSONPath ${expression}`);
  }
  return steps;
}

function compare(actual: unknown, op: string | undefined, expected: unknown): boolean {
  if (op === undefined) return actual !== undefined;
  if (op === '==') return actual === expected;
  if (op === '!=') return actual !== expected;
  if (typeof actual !== 'number' || typeof expected !== 'number') return false;
  return op === '<' ? actual < expected : op === '<=' ? actual <= expected : op === '>' ? actual > expected : actual >= expected;
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value)) return Object.values(value);
  return [];
}

/** All values `expression` selects in `root` (empty when nothing matches). */
export function evaluateJsonPath(root: unknown, expression: string): unknown[] {
  let current: unknown[] = [root];
  for (const step of parseJsonPath(expression)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (step.kind === 'field' && isPlainObject(value) && value[step.name] !== undefined) next.push(value[step.name]);
      if (step.kind === 'index' && Array.isArray(value)) {
        const item = value[step.index < 0 ? value.length + step.index : step.index];
        if (item !== undefined) next.push(item);
      }
      if (step.kind === 'wildcard') next.push(...children(value));
      if (step.kind === 'filter') {
        for (const item of children(value)) {
          let probe: unknown = item;
          for (const key of step.path) probe = isPlainObject(probe) ? probe[key] : undefined;
          if (compare(probe, step.op, step.value)) next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}
