import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';

/**
 * The service worker's push handlers, run in a VM with the few service-worker APIs they touch: what
 * a push shows and where a click leads. (Real delivery to a browser needs a real push service.)
 */
const SOURCE = fs.readFileSync(path.resolve(import.meta.dirname, '../../app/public/sw.js'), 'utf8');
const ORIGIN = 'https://whistle.example.org';

type Listener = (event: Record<string, unknown>) => void;

function loadWorker(windows: { url: string; controlled: boolean }[] = []) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: { body: string; tag: string; data: { url: string } } }[] = [];
  const opened: string[] = [];
  const focused: string[] = [];
  const clientOf = (w: { url: string; controlled: boolean }) => ({
    url: w.url,
    focus: async () => void focused.push(w.url),
    navigate: async (url: string) => {
      if (!w.controlled) throw new TypeError('not controlled');
      w.url = url;
      return clientOf(w);
    },
  });
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
    registration: { showNotification: async (title: string, options: never) => void shown.push({ title, options }) },
    clients: {
      matchAll: async () => windows.map(clientOf),
      openWindow: async (url: string) => void opened.push(url),
      claim: async () => {},
    },
  };
  vm.runInNewContext(SOURCE, { self, URL, caches: {}, fetch: () => {} });
  const fire = async (type: string, event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const push = (payload: string | null) =>
    fire('push', { data: payload === null ? null : { json: () => JSON.parse(payload) } }).then(() => shown.at(-1));
  const click = (url: string) => fire('notificationclick', { notification: { close() {}, data: { url } } });
  return { push, click, opened, focused };
}

test('a push shows only "Whistle — Open the app", and knows which page to open', async () => {
  const worker = loadWorker();
  const alert = await worker.push('{"kind":"alert","id":"019bec1e-2f00-7000-8000-00000000a1e7"}');
  assert.deepEqual(alert?.title, 'Whistle');
  assert.equal(alert?.options.body, 'Open the app');
  assert.equal(alert?.options.data.url, '/alerts/019bec1e-2f00-7000-8000-00000000a1e7');
  assert.equal(alert?.options.tag, 'alert-019bec1e-2f00-7000-8000-00000000a1e7');
  assert.equal((await worker.push('{"kind":"offer","id":"o1"}'))?.options.data.url, '/dispatch');
  assert.equal((await worker.push('{"kind":"event","id":"e1"}'))?.options.data.url, '/events/e1');
  assert.equal((await worker.push('{"kind":"pledge","id":"c1"}'))?.options.data.url, '/my-pledges');
  assert.equal((await worker.push('{"kind":"aid","id":"a1"}'))?.options.data.url, '/aid/a1');
  assert.equal((await worker.push('{"kind":"ride","id":"w1"}'))?.options.data.url, '/rides/mine');
  assert.equal((await worker.push('{"kind":"fund","id":"d1"}'))?.options.data.url, '/fund/approvals');
  assert.equal((await worker.push('{"kind":"case","id":"c1"}'))?.options.data.url, '/cases/c1');
  assert.equal((await worker.push('{"kind":"shift","id":"s1"}'))?.options.data.url, '/patrols/mine');
  assert.equal((await worker.push('{"kind":"marshal","id":"p1"}'))?.options.data.url, '/marshals/mine');
  assert.equal((await worker.push('{"kind":"training","id":"t1"}'))?.options.data.url, '/trainings/sessions/t1');
  for (const odd of [
    null,
    '{"kind":"alert","id":"../../evil.example"}',
    '{"kind":"constructor","id":"x"}',
    '{"kind":"alert"}',
    '{"kind":"event"}',
    '{"kind":"aid"}',
    '{"kind":"case"}',
    '{"kind":"training"}',
  ]) {
    const shown = await worker.push(odd);
    assert.equal(shown?.options.data.url, '/', String(odd));
    assert.equal(shown?.options.body, 'Open the app');
  }
});

test('a click focuses a window already on that page, else navigates one, else opens one', async () => {
  const onPage = loadWorker([{ url: `${ORIGIN}/alerts/a1`, controlled: true }]);
  await onPage.click('/alerts/a1');
  assert.deepEqual([onPage.focused, onPage.opened], [[`${ORIGIN}/alerts/a1`], []]);

  const elsewhere = loadWorker([{ url: `${ORIGIN}/zones`, controlled: true }]);
  await elsewhere.click('/alerts/a1');
  assert.deepEqual([elsewhere.focused, elsewhere.opened], [[`${ORIGIN}/alerts/a1`], []]);

  const closed = loadWorker([{ url: `${ORIGIN}/zones`, controlled: false }]);
  await closed.click('/dispatch');
  assert.deepEqual(closed.opened, [`${ORIGIN}/dispatch`]);
  await closed.click('https://evil.example/');
  assert.deepEqual(closed.opened, [`${ORIGIN}/dispatch`], 'never another site');
});
