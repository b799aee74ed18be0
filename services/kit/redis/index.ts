import { MemoryKeyValue } from './memory.ts';
import { RedisKeyValue, type RedisKeyValueOptions } from './redis.ts';
import { KeyValueUnavailableError, type KeyValue } from './port.ts';

export type { KeyValue, RedisKeyValueOptions };
export { MemoryKeyValue, RedisKeyValue, KeyValueUnavailableError };

/** Real Redis when a URL is configured, else the in-process adapter. */
export function createKeyValue(url: string | undefined, prefix: string, opts?: RedisKeyValueOptions): KeyValue {
  return url ? new RedisKeyValue(url, prefix, opts) : new MemoryKeyValue();
}
