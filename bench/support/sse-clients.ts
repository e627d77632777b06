import http from 'node:http';
import { type FromClients, type ToClients, wallNow } from './fanout-protocol';

/**
 * A share of the fan-out benchmark's members, in a process of its own: one raw HTTP event stream per
 * member (no EventSource), each noting the wall-clock moment the alert's frame has fully arrived.
 * Reports once every stream is open, then once every stream has received the alert.
 */
const send = (message: FromClients) => process.send?.(message);
const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });

function open(url: URL, cookie: string | null, onFrame: (frame: string, at: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) };
    const req = http.get(url, { agent, headers }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let text = '';
      let opened = false;
      let done = false;
      res.on('data', (chunk: string) => {
        if (done) return;
        text += chunk;
        if (!opened && text.includes(': open\n\n')) {
          opened = true;
          text = text.slice(text.indexOf(': open\n\n') + 8);
          resolve();
        }
        const start = text.indexOf('event: alert');
        if (start < 0) return;
        const end = text.indexOf('\n\n', start);
        if (end < 0) return;
        done = true;
        const before = text.lastIndexOf('\n\n', start);
        onFrame(text.slice(before < 0 ? 0 : before + 2, end + 2), wallNow());
        text = '';
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

process.on('message', async (message: ToClients) => {
  if (message.kind !== 'connect') return;
  const url = new URL(message.url);
  const receipts: number[] = [];
  let frame = '';
  const onFrame = (f: string, at: number) => {
    frame ||= f;
    receipts.push(at);
    if (receipts.length === message.cookies.length)
      send({ kind: 'received', count: receipts.length, first: Math.min(...receipts), last: Math.max(...receipts), frame });
  };
  try {
    let next = 0;
    const worker = async () => {
      while (next < message.cookies.length) await open(url, message.cookies[next++], onFrame);
    };
    await Promise.all(Array.from({ length: message.concurrency }, worker));
    send({ kind: 'connected', count: message.cookies.length });
  } catch (err) {
    send({ kind: 'failed', error: String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
