import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';

/**
 * The rule "code never awaits another connection while it holds a transaction", made checkable.
 *
 * The embedded database (PGlite) serves one connection, so its pool has one: a code path that
 * asks for a second connection while a transaction holds the first waits for the pool's timeout
 * and fails (issue #7: the key ring reloading its keys inside `issueTokens`). On real Postgres the
 * same path is a latent deadlock once the pool is busy. With the guard on, such an acquisition
 * fails at once with an error that names the rule, so the test suite finds the next one.
 */
interface Held {
  /** False once the transaction is over: work it started and left running may use pools again. */
  open: boolean;
}

const holding = new AsyncLocalStorage<Held>();

export class SecondConnectionError extends Error {
  override readonly name = 'SecondConnectionError';
  constructor() {
    super(
      'a database connection was requested while this async context holds a transaction: ' +
        'load what you need before the transaction, or run the query through the transaction (docs/spine.md, "one connection at a time")',
    );
  }
}

/** True while the calling async context is inside a guarded transaction's callback. */
export function holdsTransaction(): boolean {
  return holding.getStore()?.open === true;
}

/**
 * Guards a knex instance: its transactions mark their async context, and acquiring a pool
 * connection from a marked context throws SecondConnectionError. Queries run through the
 * transaction itself use the transaction's own client and are unaffected.
 */
export function guardTransactions(knex: Knex): Knex {
  const client = knex.client as {
    acquireConnection(): Promise<unknown>;
    transaction(container: unknown, ...rest: unknown[]): unknown;
  };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () => (holdsTransaction() ? Promise.reject(new SecondConnectionError()) : acquire());
  // knex.transaction() hands its callback to client.transaction(); nested transactions go through
  // the transaction's own client and keep its connection.
  const transaction = client.transaction.bind(client);
  client.transaction = (container, ...rest) => {
    if (typeof container !== 'function') return transaction(container, ...rest);
    const wrapped = async (trx: Knex.Transaction) => {
      const held: Held = { open: true };
      try {
        return await holding.run(held, () => container(trx));
      } finally {
        held.open = false;
      }
    };
    return transaction(wrapped, ...rest);
  };
  return knex;
}
