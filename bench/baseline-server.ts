import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The baseline for write benchmarks: a bare Hono app on @hono/node-server whose POST handler does
 * no I/O and answers a small JSON, i.e. what the HTTP stack alone costs. Same entry shape as the real
 * server (PORT, HOST, /api/health), so the benchmark starts and measures both the same way.
 */
let next = 0;
const app = new Hono()
  .get('/api/health', (c) => c.json({ status: 'ok' }))
  .post('/api/invites', async (c) => {
    await c.req.json();
    next++;
    return c.json({ id: `baseline-${next}`, link: 'http://localhost/invite#x', expiresAt: 0 }, 201);
  });

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080), hostname: process.env.HOST ?? '127.0.0.1' });
