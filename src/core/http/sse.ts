import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';

/** One Server-Sent Event; `id` is what the browser sends back as Last-Event-ID when it reconnects. */
export interface LiveEvent {
  id?: string;
  event: string;
  data: unknown;
}

/** The wire form of an event: encode once, write the same string to every connection. */
export function encodeSse(e: LiveEvent): string {
  const lines = JSON.stringify(e.data).split('\n');
  return `${e.id ? `id: ${e.id}\n` : ''}event: ${e.event}\n${lines.map((l) => `data: ${l}`).join('\n')}\n\n`;
}

/** An open event stream to one browser. `write` takes frames from `encodeSse`. */
export interface SseConnection {
  write(frame: string): void;
  close(): void;
  readonly closed: boolean;
}

const HEARTBEAT_MS = 25_000;
const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // Proxies such as nginx would otherwise hold events back in a buffer.
  'X-Accel-Buffering': 'no',
};

/**
 * Answers with an event stream. `open` gets the connection once it is writable and returns what to
 * do when it closes. Over a real socket the frames go straight to Node's response (a broadcast to
 * thousands of members is then one `write` each); in-process requests (tests) get a web stream.
 */
export function openSse(c: Context, open: (conn: SseConnection) => Promise<() => void> | (() => void)): Response {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return outgoing ? openOnSocket(outgoing, open) : openAsWebStream(open);
}

function openOnSocket(res: ServerResponse, open: (conn: SseConnection) => Promise<() => void> | (() => void)): Response {
  res.writeHead(200, HEADERS);
  res.write(': open\n\n');
  let closed = false;
  const conn: SseConnection = {
    write: (frame) => {
      if (!closed) res.write(frame);
    },
    close: () => res.end(),
    get closed() {
      return closed;
    },
  };
  const heartbeat = setInterval(() => conn.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const opened = Promise.resolve(open(conn));
  res.on('close', () => {
    closed = true;
    clearInterval(heartbeat);
    void opened.then((stop) => stop());
  });
  return RESPONSE_ALREADY_SENT;
}

function openAsWebStream(open: (conn: SseConnection) => Promise<() => void> | (() => void)): Response {
  const encoder = new TextEncoder();
  let stop: Promise<() => void> | undefined;
  let closed = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const conn: SseConnection = {
        write: (frame) => {
          if (!closed) controller.enqueue(encoder.encode(frame));
        },
        close: () => {
          if (closed) return;
          closed = true;
          controller.close();
          void stop?.then((s) => s());
        },
        get closed() {
          return closed;
        },
      };
      conn.write(': open\n\n');
      stop = Promise.resolve(open(conn));
    },
    cancel() {
      closed = true;
      void stop?.then((s) => s());
    },
  });
  return new Response(body, { status: 200, headers: HEADERS });
}

/** The id the browser last saw, from the reconnect header (or `?lastEventId=` for clients that cannot set headers). */
export const lastEventIdOf = (c: Context): string | null => c.req.header('last-event-id') ?? c.req.query('lastEventId') ?? null;
