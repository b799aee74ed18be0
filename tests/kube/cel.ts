/**
 * `x-kubernetes-validations` rules, evaluated with @marcbachmann/cel-js.
 *
 * Values are handed to CEL typed from the schema as kube-apiserver does: `integer` fields become
 * CEL `int` (BigInt), `number` fields `double`. Besides the standard CEL library (macros `has`,
 * `all`, `exists`, `exists_one`, `map`, `filter`, string functions, `size`, optional types) the
 * Kubernetes list library (`isSorted`, `sum`, `min`, `max`, `indexOf`, `lastIndexOf`) is provided.
 * Not provided: quantity/url/ip/cidr/semver libraries and cost limits.
 */
import { Environment, type ParseResult } from '@marcbachmann/cel-js';
import type { JSONSchemaProps, ValidationRule } from './types.ts';
import { isPlainObject } from './util.ts';

type Comparable = bigint | number | string;

function extreme(list: Comparable[], pick: (a: Comparable, b: Comparable) => boolean): Comparable {
  if (list.length === 0) throw new Error('min/max of an empty list');
  return list.reduce((best, x) => (pick(x, best) ? x : best));
}

function buildEnvironment(): Environment {
  return new Environment({ unlistedVariablesAreDyn: true, enableOptionalTypes: true, homogeneousAggregateLiterals: false })
    .registerVariable('self', 'dyn')
    .registerVariable('oldSelf', 'dyn')
    .registerFunction('list.isSorted(): bool', (l: Comparable[]) => l.every((x, i) => i === 0 || l[i - 1] <= x))
    .registerFunction('list.sum(): dyn', (l: Comparable[]) => (l.length === 0 ? 0n : l.reduce((a, b) => (a as number) + (b as number))))
    .registerFunction('list.min(): dyn', (l: Comparable[]) => extreme(l, (a, b) => a < b))
    .registerFunction('list.max(): dyn', (l: Comparable[]) => extreme(l, (a, b) => a > b))
    .registerFunction('list.indexOf(dyn): int', (l: unknown[], x: unknown) => BigInt(l.indexOf(x)))
    .registerFunction('list.lastIndexOf(dyn): int', (l: unknown[], x: unknown) => BigInt(l.lastIndexOf(x)));
}

const env = buildEnvironment();
const compiled = new Map<string, ParseResult>();

/** Parses (and caches) a rule; throws the parser's error for a rule that does not compile. */
export function compileRule(expression: string): ParseResult {
  let program = compiled.get(expression);
  if (!program) {
    program = env.parse(expression);
    compiled.set(expression, program);
  }
  return program;
}

function referencesOldSelf(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(referencesOldSelf);
  if (!isPlainObject(node)) return false;
  if (node.op === 'id' && node.args === 'oldSelf') return true;
  return referencesOldSelf(node.args);
}

/** A transition rule mentions `oldSelf`: kube evaluates it only on updates where an old value exists. */
export function isTransitionRule(rule: ValidationRule): boolean {
  return referencesOldSelf(compileRule(rule.rule).ast);
}

/** Converts a JSON value to the CEL value kube would build from the schema (integers as int). */
export function toCelValue(value: unknown, schema: JSONSchemaProps | undefined): unknown {
  if (typeof value === 'number') {
    const wantsInt = schema?.type === 'integer' || schema?.['x-kubernetes-int-or-string'] || (!schema?.type && Number.isInteger(value));
    return wantsInt && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, schema?.items));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childSchema = schema?.properties?.[key] ?? (isPlainObject(schema?.additionalProperties) ? (schema?.additionalProperties as JSONSchemaProps) : undefined);
      out[key] = toCelValue(child, childSchema);
    }
    return out;
  }
  return value;
}

export type RuleOutcome = { ok: true } | { ok: false; message: string };

/** Evaluates one rule with `self` (and `oldSelf` for transition rules) already converted by `toCelValue`. */
export function evaluateRule(rule: ValidationRule, self: unknown, oldSelf?: unknown): RuleOutcome {
  const context: Record<string, unknown> = { self };
  if (oldSelf !== undefined) context.oldSelf = oldSelf;
  let result: unknown;
  try {
    result = compileRule(rule.rule)(context);
  } catch (err) {
    return { ok: false, message: `${rule.message ?? `failed rule: ${rule.rule}`} (evaluation error: ${firstLine(err)})` };
  }
  if (result === true) return { ok: true };
  if (result !== false) return { ok: false, message: `rule "${rule.rule}" did not evaluate to a bool` };
  return { ok: false, message: failureMessage(rule, context) };
}

function failureMessage(rule: ValidationRule, context: Record<string, unknown>): string {
  if (rule.messageExpression) {
    try {
      const text = compileRule(rule.messageExpression)(context);
      if (typeof text === 'string' && text.trim() !== '') return text;
    } catch {
      // kube falls back to `message` when messageExpression fails; so do we.
    }
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/** Compile-checks a rule for CRD admission; returns the error text or undefined. */
export function ruleCompileError(expression: string): string | undefined {
  try {
    compileRule(expression);
    return undefined;
  } catch (err) {
    return firstLine(err);
  }
}
