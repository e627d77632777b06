import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCpuProbe, type FromServer } from './fanout-protocol';

/**
 * The baseline: a plain Node HTTP server holding event streams with the same headers as Whistle's,
 * which on `POST /broadcast` writes the frame it was given to every stream — the bytes Whistle sends,
 * with nothing else done.
 */
const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Accel-Buffering': 'no',
};
const streams = new Set<http.ServerResponse>();
let frame = '';
answerCpuProbe((f) => {
  frame = f;
});

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/live') {
    res.writeHead(200, HEADERS);
    res.write(': open\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
    return;
  }
  if (req.method === 'POST' && req.url === '/broadcast') {
    for (const stream of streams) stream.write(frame);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ sent: streams.size }));
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', 4096, () => {
  process.send?.({ kind: 'ready', port: (server.address() as AddressInfo).port } satisfies FromServer);
});
process.on('disconnect', () => process.exit(0));
