import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { guardedLookup, hostOf, isAllowedAddress } from './address-guard';

/** Why an attempt got no HTTP status; stored per attempt, so the organiser can tell what went wrong. */
export type SendErrorClass = 'timeout' | 'blocked_address' | 'dns' | 'connection' | 'tls' | 'other';

export interface SendResult {
  statusCode: number | null;
  errorClass: SendErrorClass | null;
  durationMs: number;
  /** The start of the response body, to help debugging a receiver — never more. */
  snippet: string;
}

export const SEND_TIMEOUT_MS = 10_000;
const SNIPPET_BYTES = 200;

const CLASS_OF_ERROR_CODE: Partial<Record<string, SendErrorClass>> = {
  WEBHOOK_BLOCKED_ADDRESS: 'blocked_address',
  ABORT_ERR: 'timeout',
  ETIMEDOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ENODATA: 'dns',
  ECONNREFUSED: 'connection',
  ECONNRESET: 'connection',
  EHOSTUNREACH: 'connection',
  ENETUNREACH: 'connection',
  EPIPE: 'connection',
};

function classify(err: unknown): SendErrorClass {
  const { code: errorCode = '', name } = err as { code?: string; name?: string };
  if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
  if (/^ERR_(TLS|SSL)|CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(errorCode)) return 'tls';
  if (/^(ERR_HTTP|HPE_)/.test(errorCode)) return 'connection';
  return CLASS_OF_ERROR_CODE[errorCode] ?? 'other';
}

/**
 * POSTs `body` once: no redirects are followed (node:http never does), the whole exchange is bounded
 * by `timeoutMs`, and only the first few bytes of the answer are read.
 */
export function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  opts: { allowPrivate: boolean; timeoutMs?: number },
): Promise<SendResult> {
  const started = performance.now();
  const done = (statusCode: number | null, errorClass: SendErrorClass | null, snippet = ''): SendResult => ({
    statusCode,
    errorClass,
    durationMs: Math.round(performance.now() - started),
    snippet,
  });
  const url = new URL(target);
  const host = hostOf(url);
  // An IP literal is never looked up, so the guard must see it here.
  if (isIP(host) && !isAllowedAddress(host, opts.allowPrivate)) return Promise.resolve(done(null, 'blocked_address'));

  return new Promise((resolve) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(opts.allowPrivate),
      signal: AbortSignal.timeout(opts.timeoutMs ?? SEND_TIMEOUT_MS),
      agent: false,
    });
    request.on('error', (err) => resolve(done(null, classify(err))));
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const finish = () => {
        const snippet = Buffer.concat(chunks)
          .subarray(0, SNIPPET_BYTES)
          .toString('utf8')
          .replace(/\uFFFD+$/, '');
        resolve(done(res.statusCode ?? null, null, snippet));
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= SNIPPET_BYTES) finish();
      });
      res.on('end', finish);
      // The status already arrived: a body cut short does not change what the receiver said.
      res.on('error', finish);
    });
    request.end(body);
  });
}
