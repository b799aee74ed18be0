/**
 * Pure helpers for `status`: the condition set of a kind (its own types plus Ready, Progressing
 * and Degraded) at a generation, and whether a computed status differs from the stored one.
 */
import { setCondition, type Condition } from '../crds/index.ts';

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface ConditionSpec {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
}

/** `previous` with every entry of `next` set at `generation` (transition times kept when the status holds). */
export function conditionsAt(previous: readonly Condition[] | undefined, next: readonly ConditionSpec[], generation: number | undefined, now: Date): Condition[] {
  let list: Condition[] = [...(previous ?? [])];
  for (const c of next) list = setCondition(list, { ...c, message: c.message.slice(0, 32_000), ...(generation !== undefined ? { observedGeneration: generation } : {}) }, now);
  return list;
}

/**
 * The summary conditions: Ready (True only when every part is), Progressing (work underway
 * that needs no action), Degraded (the resource cannot be realised as it is, or errors repeat).
 */
export interface SummaryState {
  progressing?: { reason: string; message: string };
  degraded?: { reason: string; message: string };
  /** The reconcile itself failed: Ready=False with this reason, whatever the parts say. */
  failed?: { reason: string; message: string };
}

export function summaryConditions(parts: readonly ConditionSpec[], state: SummaryState = {}): ConditionSpec[] {
  const failing = parts.find((p) => p.status !== 'True');
  const ready: ConditionSpec = state.failed
    ? { type: 'Ready', status: 'False', ...state.failed }
    : failing
      ? { type: 'Ready', status: 'False', reason: failing.reason, message: `${failing.type}: ${failing.message}` }
      : { type: 'Ready', status: 'True', reason: 'Reconciled', message: 'Every part is ready' };
  const progressing: ConditionSpec = state.progressing
    ? { type: 'Progressing', status: 'True', ...state.progressing }
    : { type: 'Progressing', status: 'False', reason: 'Reconciled', message: failing ? 'Nothing in progress' : 'Up to date' };
  const degraded: ConditionSpec = state.degraded
    ? { type: 'Degraded', status: 'True', ...state.degraded }
    : { type: 'Degraded', status: 'False', reason: 'Reconciled', message: 'No problems' };
  return [...parts, ready, progressing, degraded];
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => jsonEqual(v, other[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)].filter((k) => ao[k] !== undefined || bo[k] !== undefined));
  return [...keys].every((k) => jsonEqual(ao[k], bo[k]));
}
