// The ceiling baseline of bench/load.bench.ts: a bare node:http server on 127.0.0.1 (free port) that answers every
// request with the bytes of the file named by $BARE_BODY_FILE as application/json, and nothing else (no routing,
// no headers beyond the length). It prints `listening on http://127.0.0.1:<port>` once it accepts connections.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

const body = readFileSync(process.env.BARE_BODY_FILE ?? '');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.byteLength });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
