import type { Socket } from 'node:net';
import { Hono } from 'hono';
import { problem, problemResponse } from './problem.js';
import { securityHeaders } from './security.js';

/**
 * The answers Node's HTTP parser gives itself, before any route runs (headers over its limit → 431, a malformed
 * request → 400), made by a tiny Hono app through the same securityHeaders middleware as every other answer, then
 * written to the socket as raw HTTP/1.1 by {@link answerClientError}. Without this, Node writes a bare
 * `HTTP/1.1 431` with no security headers (issue 22).
 */
export async function clientErrorAnswers(crossOrigin: boolean): Promise<{ headersTooLarge: string; badRequest: string }> {
  const app = new Hono();
  app.use('*', securityHeaders(crossOrigin));
  app.get('/431', () => problemResponse(problem('headers-too-large', 'the request header fields are larger than this server reads (16 KiB in all); send fewer or shorter headers (cookies?)')));
  app.get('/400', () => problemResponse(problem('bad-request', 'the request could not be read as HTTP/1.1')));
  const raw = async (path: string) => {
    const response = await app.request(path);
    const body = await response.text();
    const lines = [`HTTP/1.1 ${response.status} ${response.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`];
    response.headers.forEach((value, name) => lines.push(`${name}: ${value}`));
    lines.push(`Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body);
    return lines.join('\r\n');
  };
  return { headersTooLarge: await raw('/431'), badRequest: await raw('/400') };
}

/**
 * A `clientError` listener for the HTTP server: answers 431 (HPE_HEADER_OVERFLOW) or 400 with the prepared answers
 * and closes the socket; a socket already written to or reset is just destroyed (as Node does by default).
 */
export function answerClientError(answers: { headersTooLarge: string; badRequest: string }) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    socket.end(error.code === 'HPE_HEADER_OVERFLOW' ? answers.headersTooLarge : answers.badRequest);
  };
}
