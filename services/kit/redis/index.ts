import { MemoryKeyValue } from './memory.ts';
import { RedisKeyValue } from './redis.ts';
import type { KeyValue } from './port.ts';

export type { KeyValue };
export { MemoryKeyValue, RedisKeyValue };

/** Real Redis when a URL is configured, else the in-process adapter. */
export function createKeyValue(url: string | undefined, prefix: string): KeyValue {
  return url ? new RedisKeyValue(url, prefix) : new MemoryKeyValue();
}
