import type { ServiceContext } from '../../kit/context.ts';

/** Which services a process serves itself and which it proxies (recorded by runtime.serve). */
export interface Serving {
  local: string[];
  remote: { name: string; url: string }[];
}

const serving = new WeakMap<ServiceContext, Serving>();

export function recordServing(ctx: ServiceContext, s: Serving): void {
  serving.set(ctx, s);
}

export function servingOf(ctx: ServiceContext): Serving {
  return serving.get(ctx) ?? { local: [], remote: [] };
}
