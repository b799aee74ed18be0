import type { ServiceContext } from '../../kit/context.ts';
import { storageFor, type Storage } from '../../kit/storage/index.ts';
import { catalogFor, type Catalog } from '../../courses/api.ts';
import { UserStore } from '../../users/api.ts';
import { HeartbeatWriter } from '../heartbeat-writer.ts';
import { heartbeatEvents } from './learning-events.ts';
import { ProgressStore } from '../store.ts';
import { CertificateKeys } from './certificate-keys.ts';

/** What the progress domain works with; one per process. */
export interface LearningDeps {
  store: ProgressStore;
  catalog: Catalog;
  writer: HeartbeatWriter;
  keys: CertificateKeys;
  /** Learners' names and existence come from the users service (its rows, its interface). */
  users: Pick<UserStore, 'byId'>;
  /** Events written in the change's transaction (course.enrolled, certificate.issued, lesson.*, quiz.attempted). */
  outbox: ServiceContext['outbox'];
  /** Object storage (kit port): certificates' printable files. */
  storage: Storage;
}

/** Heartbeat upserts running at once per database (group commit). */
const HEARTBEAT_WRITES_IN_FLIGHT = 1;

/** The learning dependencies of a process (held by its context). */
export function learningDeps(ctx: ServiceContext): LearningDeps {
  return ctx.instances.of(
    (): LearningDeps => ({
      store: new ProgressStore(ctx.dbs),
      catalog: catalogFor(ctx),
      // One heartbeat statement in flight per database: under load the next batch simply grows.
      // Measured best (bench/learning.ts): concurrent batches on the same rows queue on row locks.
      writer: new HeartbeatWriter(HEARTBEAT_WRITES_IN_FLIGHT, heartbeatEvents(ctx.outbox)),
      keys: new CertificateKeys(ctx.dbs.control),
      users: new UserStore(ctx.dbs),
      outbox: ctx.outbox,
      storage: storageFor(ctx),
    }),
    learningDeps,
  );
}
