import { existsSync, readFileSync } from 'node:fs';
import { watchFileVersions } from '../../kit/watch-file.ts';
import type { Logger } from '../../kit/logger.ts';
import type { ServiceContext } from '../../kit/context.ts';
import { OperatorPlatformSchema, type OperatorPlatform } from './schemas.ts';

export interface PlatformFileState {
  /** PLATFORM_STATUS_FILE is set (a cluster deployment). */
  configured: boolean;
  /** The last document that parsed. */
  doc?: OperatorPlatform;
  /** Why the file, as it is now, is not used (missing, not JSON, wrong shape). */
  problem?: string;
}

/** Reads the file once; a refused file keeps the last good document (as the shard map does). */
export function readPlatformFile(path: string, previous?: OperatorPlatform): PlatformFileState {
  if (!existsSync(path)) return { configured: true, doc: previous, problem: 'the operator has not published it yet' };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { configured: true, doc: previous, problem: 'it is not JSON' };
  }
  const parsed = OperatorPlatformSchema.safeParse(json);
  if (!parsed.success) return { configured: true, doc: previous, problem: `it does not have the expected shape (${parsed.error.issues[0].path.join('.') || 'document'})` };
  return { configured: true, doc: parsed.data };
}

/**
 * The operator's platform file (a ConfigMap mounted into the pod), watched like SHARD_MAP
 * (watchFileVersions): a new status is picked up without a restart.
 */
export class PlatformStatusFile {
  private state: PlatformFileState;

  constructor(
    private readonly path: string | undefined,
    private readonly logger?: Logger,
  ) {
    this.state = path ? readPlatformFile(path) : { configured: false };
  }

  current(): PlatformFileState {
    return this.state;
  }

  /** Starts watching; returns the stop function. */
  start(intervalMs = 2000): () => Promise<void> {
    const path = this.path;
    if (!path) return async () => {};
    const stop = watchFileVersions(path, { intervalMs }, () => {
      this.state = readPlatformFile(path, this.state.doc);
      if (this.state.problem) this.logger?.warn({ file: path, problem: this.state.problem }, 'platform status file not used');
      else this.logger?.debug({ file: path }, 'platform status reloaded');
    });
    return async () => stop();
  }
}

/** The one platform file reader of a process (held by its context). */
export function platformStatusFor(ctx: ServiceContext): PlatformStatusFile {
  return ctx.instances.of(() => new PlatformStatusFile(ctx.config.PLATFORM_STATUS_FILE, ctx.logger), platformStatusFor);
}
