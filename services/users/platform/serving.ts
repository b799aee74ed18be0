import type { ServiceContext } from '../../kit/context.ts';

/** Which services a process serves itself and which it proxies (recorded by runtime.serve). */
export interface Serving {
  local: string[];
  remote: { name: string; url: string }[];
}

export function recordServing(ctx: ServiceContext, s: Serving): void {
  ctx.instances.set(servingOf, s);
}

export function servingOf(ctx: ServiceContext): Serving {
  return ctx.instances.of((): Serving => ({ local: [], remote: [] }), servingOf);
}
