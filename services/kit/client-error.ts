import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { fail, toProblem } from './errors.ts';

/**
 * Node's HTTP parser refuses some requests before Express sees them (headers over
 * `--max-http-header-size`, 16 KB by default; malformed request lines) and answers them with an
 * empty body. Registered as the server's `clientError` handler, this answers them like every other
 * error: `application/problem+json` with a stable code, then closes the connection (the parser's
 * state is unknown after such an error, so it cannot be reused).
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  // The peer is gone, or a response is already being written on this connection (as Node's own
  // handler checks): raw bytes now would corrupt it.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  const problem =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? fail('headers_too_large', 'The request headers are too large (a bearer token over ~16 KB?)')
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? fail('request_timeout', 'The request took too long to arrive')
        : fail('malformed_request', 'The request could not be parsed as HTTP');
  const body = JSON.stringify(toProblem(problem));
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
