import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real service (Redis), which a test stops and starts again to make
 * that service really unreachable: stopped, it closes every connection and refuses new ones, as
 * a crashed or partitioned Redis would; started again, it listens on the same port.
 */
export class TcpProxy {
  port = 0;
  private server?: Server;
  private sockets = new Set<Socket>();
  private frozen = false;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Forwards 127.0.0.1:<port> (a free one the first time) to the target. */
  async start(): Promise<this> {
    if (this.server) return this;
    const server = createServer((client) => {
      const upstream = connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      // Not pipe(): a frozen proxy must drop what it gets.
      client.on('data', (d) => void (this.frozen || upstream.write(d)));
      upstream.on('data', (d) => void (this.frozen || client.write(d)));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    return this;
  }

  /**
   * Keeps every connection open but forwards nothing more, as a Redis that stopped answering
   * (or a network that drops packets) would. Bytes are lost: stop() before starting again.
   */
  freeze(): void {
    this.frozen = true;
  }

  /** Refuses new connections and cuts the open ones. */
  async stop(): Promise<void> {
    this.frozen = false;
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on (bound, read, released). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
