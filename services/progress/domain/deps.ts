import type { ServiceContext } from '../../kit/context.ts';
import { catalogFor, type Catalog } from '../../courses/catalog.ts';
import { HeartbeatWriter } from '../heartbeat-writer.ts';
import { ProgressStore } from '../store.ts';
import { CertificateKeys } from './certificate-keys.ts';

/** What the progress domain works with; one per process. */
export interface LearningDeps {
  store: ProgressStore;
  catalog: Catalog;
  writer: HeartbeatWriter;
  keys: CertificateKeys;
}

const perContext = new WeakMap<ServiceContext, LearningDeps>();

export function learningDeps(ctx: ServiceContext): LearningDeps {
  let d = perContext.get(ctx);
  if (!d) {
    d = {
      store: new ProgressStore(ctx.dbs),
      catalog: catalogFor(ctx),
      // Half the pool for heartbeat writes: the rest stays free for reads and enrollments.
      writer: new HeartbeatWriter(Math.max(1, Math.floor(ctx.config.DB_POOL_MAX / 2))),
      keys: new CertificateKeys(ctx.dbs.control),
    };
    perContext.set(ctx, d);
  }
  return d;
}
