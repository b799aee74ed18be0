import { openDB, type IDBPDatabase } from 'idb';

/** A heartbeat as the player made it: the server orders by `clientTs`, so sending late is safe. */
export interface QueuedHeartbeat {
  /** Whose progress it is: only their session sends it (a shared browser keeps others' apart). */
  userId?: string;
  lessonId: string;
  positionSeconds: number;
  completed?: boolean;
  clientTs: number;
}

const STORE = 'heartbeats';
let db: Promise<IDBPDatabase> | undefined;

function open() {
  db ??= openDB('academy-offline', 1, {
    upgrade(d) {
      // Auto-increment keys keep the order the player made them in.
      d.createObjectStore(STORE, { autoIncrement: true });
    },
  });
  return db;
}

export async function enqueue(beat: QueuedHeartbeat): Promise<void> {
  await (await open()).add(STORE, beat);
}

/** Every queued heartbeat with its key, oldest first. */
export async function queued(): Promise<{ key: IDBValidKey; beat: QueuedHeartbeat }[]> {
  const d = await open();
  const tx = d.transaction(STORE);
  const out: { key: IDBValidKey; beat: QueuedHeartbeat }[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) out.push({ key: cursor.key, beat: cursor.value });
  await tx.done;
  return out;
}

export async function remove(key: IDBValidKey): Promise<void> {
  await (await open()).delete(STORE, key);
}

/** How many queued heartbeats a user's session would send (unowned ones included). */
export async function countFor(userId: string | undefined): Promise<number> {
  return (await queued()).filter(({ beat }) => !beat.userId || beat.userId === userId).length;
}
